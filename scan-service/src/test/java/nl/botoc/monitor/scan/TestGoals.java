package nl.botoc.monitor.scan;

import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.LoweredTarget;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;

import java.math.BigDecimal;
import java.util.List;

/** Goals for tests: an indicator per goal, its targets per calendar year. */
public final class TestGoals {

    /** The output indicator of Arnhem's youth work (ARN1): young people coached, higher is better. */
    public static final String COACHED = "begeleide-jongeren";
    /** An impact indicator: recidivism in percent, lower is better. */
    public static final String RECIDIVISM = "recidive";

    private TestGoals() {
    }

    public static Goal output(String code, Target... targets) {
        return goal(GoalLevel.OUTPUT, code, "jongeren", Direction.HIGHER_IS_BETTER, targets);
    }

    public static Goal impact(String code, Target... targets) {
        return goal(GoalLevel.IMPACT, code, "%", Direction.LOWER_IS_BETTER, targets);
    }

    public static Goal goal(GoalLevel level, String code, String unit, Direction direction, Target... targets) {
        return new Goal(level, "Doel " + code, new Indicator(code, "Indicator " + code, unit, direction, null,
                List.of(targets), "Registratie"));
    }

    public static Target target(int year, String value) {
        return new Target(Period.year(year), value == null ? null : new BigDecimal(value));
    }

    public static LoweredTarget lowered(String indicator, int year, String original, String current) {
        return new LoweredTarget(indicator, Period.year(year), new BigDecimal(original),
                current == null ? null : new BigDecimal(current));
    }
}
