package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.monitoring.Baseline;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.domain.Goals.COACHED;
import static nl.botoc.monitor.registry.domain.Goals.baseline;
import static nl.botoc.monitor.registry.domain.Goals.code;
import static nl.botoc.monitor.registry.domain.Goals.named;
import static nl.botoc.monitor.registry.domain.Goals.output;
import static nl.botoc.monitor.registry.domain.Goals.target;
import static nl.botoc.monitor.registry.domain.Goals.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class GoalRulesTest {

    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);
    private static final Period BACKWARDS = new Period(LocalDate.of(2021, 12, 31), LocalDate.of(2021, 1, 1));

    static Stream<Arguments> goalsAndTheFieldsThatBreakARule() {
        Goal impact = new Goal(GoalLevel.IMPACT, "Minder recidive", code("recidive"));
        return Stream.of(
                arguments("a complete output goal", List.of(output(COACHED)), List.of()),
                arguments("goals at two levels", List.of(output(COACHED), impact), List.of()),
                arguments("no goals at all", List.of(), List.of()),
                arguments("a goal without a description or measurement",
                        List.of(new Goal(GoalLevel.OUTCOME, null, named("Terug op school", "jongeren",
                                Direction.HIGHER_IS_BETTER))), List.of()),
                arguments("a missing goal", Arrays.asList(output(COACHED), null), List.of("g[1]")),
                arguments("no level", List.of(new Goal(null, "x", COACHED)), List.of("g[0].level")),
                arguments("no indicator", List.of(new Goal(GoalLevel.OUTPUT, "x", null)), List.of("g[0].indicator")),
                arguments("no code", List.of(output(code(null))), List.of("g[0].indicator.code")),
                arguments("a blank code", List.of(output(code(" "))), List.of("g[0].indicator.code")),
                arguments("a code with capitals", List.of(output(code("Begeleide-Jongeren"))),
                        List.of("g[0].indicator.code")),
                arguments("a code with a space", List.of(output(code("begeleide jongeren"))),
                        List.of("g[0].indicator.code")),
                arguments("a code of digits and dashes", List.of(output(code("aantal-2021"))), List.of()),
                arguments("a code used twice", List.of(output(COACHED), impact, output(COACHED)),
                        List.of("g[2].indicator.code")),
                arguments("no name, unit or direction", List.of(output(named(null, " ", null))),
                        List.of("g[0].indicator.name", "g[0].indicator.unit", "g[0].indicator.direction")),
                arguments("a baseline without a value", List.of(output(baseline(new Baseline(null, DAY)))),
                        List.of("g[0].indicator.baseline.value")),
                arguments("a baseline without a date", List.of(output(baseline(new Baseline(BigDecimal.ONE, null)))),
                        List.of("g[0].indicator.baseline.date")),
                arguments("no baseline", List.of(output(baseline(null))), List.of()),
                arguments("no targets", List.of(output(targets())), List.of()),
                arguments("a missing target", List.of(output(targets(target(2021, 60), null))),
                        List.of("g[0].indicator.targets[1]")),
                arguments("a target without a period", List.of(output(targets(new Target(null, BigDecimal.TEN)))),
                        List.of("g[0].indicator.targets[0].period")),
                arguments("a target ending before it starts",
                        List.of(output(targets(new Target(BACKWARDS, BigDecimal.TEN)))),
                        List.of("g[0].indicator.targets[0].period")),
                arguments("a target of one day", List.of(output(targets(new Target(new Period(DAY, DAY),
                        BigDecimal.TEN)))), List.of()),
                arguments("a target without a value", List.of(output(targets(new Target(Period.year(2021), null)))),
                        List.of("g[0].indicator.targets[0].value")),
                arguments("two targets for one period", List.of(output(targets(target(2021, 60), target(2022, 60),
                        target(2021, 40)))), List.of("g[0].indicator.targets[2].period")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goalsAndTheFieldsThatBreakARule")
    void eachGoalFollowsItsRules(String name, List<Goal> goals, List<String> fields) {
        assertThat(GoalRules.brokenBy("g", goals).keySet()).containsExactlyElementsOf(fields);
    }

    @Test
    void noGoalsGivenBreakNoRule() {
        assertThat(GoalRules.brokenBy("g", null)).isEmpty();
    }

    @Test
    void detailsRulesIncludeTheGoalsUnderTheirPrefix() {
        assertThat(DetailsRules.brokenBy("changes", Details.measurableGoals(output(code("")))))
                .containsOnlyKeys("changes.measurableGoals[0].indicator.code");
    }
}
