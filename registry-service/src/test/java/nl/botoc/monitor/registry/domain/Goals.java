package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.monitoring.Baseline;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Measurable goals for tests: one complete output goal to start from, and ways to change one field of it. */
final class Goals {

    static final Indicator COACHED = new Indicator("begeleide-jongeren", "Aantal begeleide jongeren", "jongeren",
            Direction.HIGHER_IS_BETTER, new Baseline(BigDecimal.ZERO, Period.year(2020).start()),
            List.of(target(2021, 60), target(2022, 60)), "Registratie van het jongerenwerk");

    private Goals() {
    }

    static Goal output(Indicator indicator) {
        return new Goal(GoalLevel.OUTPUT, "Jongeren uit de doelgroep worden begeleid", indicator);
    }

    static Target target(int year, long value) {
        return new Target(Period.year(year), BigDecimal.valueOf(value));
    }

    static Indicator code(String code) {
        return new Indicator(code, COACHED.name(), COACHED.unit(), COACHED.direction(), COACHED.baseline(),
                COACHED.targets(), COACHED.measurement());
    }

    static Indicator named(String name, String unit, Direction direction) {
        return new Indicator(COACHED.code(), name, unit, direction, COACHED.baseline(), COACHED.targets(),
                COACHED.measurement());
    }

    static Indicator baseline(Baseline baseline) {
        return new Indicator(COACHED.code(), COACHED.name(), COACHED.unit(), COACHED.direction(), baseline,
                COACHED.targets(), COACHED.measurement());
    }

    /** Arrays.asList, not List.of: a test may list a null target. */
    static Indicator targets(Target... targets) {
        return new Indicator(COACHED.code(), COACHED.name(), COACHED.unit(), COACHED.direction(), COACHED.baseline(),
                Arrays.asList(targets), COACHED.measurement());
    }
}
