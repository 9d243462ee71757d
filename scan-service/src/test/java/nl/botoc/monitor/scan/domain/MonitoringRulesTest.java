package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.TargetGroup;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.LoweredTarget;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.scan.TestGoals.COACHED;
import static nl.botoc.monitor.scan.TestGoals.RECIDIVISM;
import static nl.botoc.monitor.scan.TestGoals.goal;
import static nl.botoc.monitor.scan.TestGoals.impact;
import static nl.botoc.monitor.scan.TestGoals.lowered;
import static nl.botoc.monitor.scan.TestGoals.output;
import static nl.botoc.monitor.scan.TestGoals.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The monitoring-quality rules, one row per case they know. */
class MonitoringRulesTest {

    private static final TargetGroup YOUTH = new TargetGroup(12, 23, "Jongeren in Zuidoost");
    private static final OccurredAt START = OccurredAt.onDay(LocalDate.of(2021, 3, 10));

    /** Goals → measurable output goal, impact goals only. */
    static Stream<Arguments> goals() {
        return Stream.of(
                arguments("no goals stated", null, false, false),
                arguments("an empty list of goals", List.of(), false, false),
                arguments("output goal with unit and target", List.of(output(COACHED, target(2021, "60"))),
                        true, false),
                arguments("output goal without target", List.of(output(COACHED)), false, false),
                arguments("output goal whose target has no value", List.of(output(COACHED, target(2021, null))),
                        false, false),
                arguments("output goal without unit", List.of(goal(GoalLevel.OUTPUT, COACHED, null,
                        Direction.HIGHER_IS_BETTER, target(2021, "60"))), false, false),
                arguments("output goal with a blank unit", List.of(goal(GoalLevel.OUTPUT, COACHED, " ",
                        Direction.HIGHER_IS_BETTER, target(2021, "60"))), false, false),
                arguments("output goal without indicator",
                        List.of(new Goal(GoalLevel.OUTPUT, "Jongeren bereiken", null)), false, false),
                arguments("outcome goal with unit and target only", List.of(goal(GoalLevel.OUTCOME, "op-school", "%",
                        Direction.HIGHER_IS_BETTER, target(2021, "80"))), false, false),
                arguments("impact goal only", List.of(impact(RECIDIVISM, target(2022, "25.5"))), false, true),
                arguments("two impact goals", List.of(impact(RECIDIVISM), impact("instroom")), false, true),
                arguments("output and impact goals",
                        List.of(output(COACHED, target(2021, "60")), impact(RECIDIVISM, target(2022, "25.5"))),
                        true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goals")
    void goalsDecideMeasurableOutputAndImpactOnly(String name, List<Goal> goals, boolean measurableOutputGoal,
                                                  boolean impactGoalsOnly) {
        MonitoringQuality quality = MonitoringRules.assess(details(YOUTH, goals), PLANNED, MonitoringTrail.NONE);

        assertThat(quality.measurableOutputGoal()).isEqualTo(measurableOutputGoal);
        assertThat(quality.impactGoalsOnly()).isEqualTo(impactGoalsOnly);
    }

    /** Target group → described. */
    static Stream<Arguments> targetGroups() {
        return Stream.of(
                arguments("none", null, false),
                arguments("ages and description", YOUTH, true),
                arguments("description only", new TargetGroup(null, null, "Broertjes van daders"), true),
                arguments("only a lowest age", new TargetGroup(12, null, null), true),
                arguments("only a highest age", new TargetGroup(null, 23, null), true),
                arguments("only ages", new TargetGroup(12, 23, null), true),
                arguments("a blank description and no ages", new TargetGroup(null, null, "  "), false),
                arguments("nothing in it", new TargetGroup(null, null, null), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetGroups")
    void targetGroupIsDescribedByADescriptionOrAnAgeBound(String name, TargetGroup group, boolean described) {
        assertThat(MonitoringRules.assess(details(group, null), PLANNED, MonitoringTrail.NONE).targetGroupDescribed())
                .isEqualTo(described);
    }

    /** Status, start and last report → last report, first quiet day. */
    static Stream<Arguments> quietness() {
        OccurredAt reportedOnDay = OccurredAt.onDay(LocalDate.of(2022, 1, 14));
        OccurredAt reportedInMonth = new OccurredAt(LocalDate.of(2022, 1, 1), DatePrecision.MONTH);
        return Stream.of(
                arguments("planned, nothing reported: no reports due", PLANNED, null, null, null),
                arguments("planned, reported: no reports due yet", PLANNED, null, reportedOnDay, null),
                arguments("started, never reported: 90 days after the start", STARTED, START, null,
                        LocalDate.of(2021, 6, 8)),
                arguments("started in a month, never reported: 90 days after its last day", STARTED,
                        new OccurredAt(LocalDate.of(2021, 3, 1), DatePrecision.MONTH), null, LocalDate.of(2021, 6, 29)),
                arguments("started, reported on a day: 90 days after it", STARTED, START, reportedOnDay,
                        LocalDate.of(2022, 4, 14)),
                arguments("started, reported in a month: 90 days after its last day", STARTED, START,
                        reportedInMonth, LocalDate.of(2022, 5, 1)),
                arguments("reported while planned, started later: 90 days after the start", STARTED,
                        OccurredAt.onDay(LocalDate.of(2022, 3, 1)), reportedOnDay, LocalDate.of(2022, 5, 30)),
                arguments("completed: no reports due", COMPLETED, START, reportedOnDay, null),
                arguments("cancelled: no reports due", CANCELLED, START, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quietness")
    void onlyAnInterventionInPracticeGoesQuiet(String name, LifecycleStatus status, OccurredAt started,
                                               OccurredAt lastReport, LocalDate quietFrom) {
        MonitoringQuality quality = MonitoringRules.assess(details(YOUTH, null), status,
                new MonitoringTrail(List.of(), started, lastReport));

        assertThat(quality.lastReport()).isEqualTo(lastReport);
        assertThat(quality.quietFrom()).isEqualTo(quietFrom);
    }

    /** Registered goals, current goals → lowered targets. */
    static Stream<Arguments> ambitions() {
        List<Goal> plan = List.of(output(COACHED, target(2021, "80"), target(2022, "80")));
        return Stream.of(
                arguments("same targets", plan, plan, List.of()),
                arguments("one target lowered", plan, List.of(output(COACHED, target(2021, "60"), target(2022, "80"))),
                        List.of(lowered(COACHED, 2021, "80", "60"))),
                arguments("targets raised", plan, List.of(output(COACHED, target(2021, "90"), target(2022, "100"))),
                        List.of()),
                arguments("the same value written otherwise", plan,
                        List.of(output(COACHED, target(2021, "80.0"), target(2022, "80"))), List.of()),
                arguments("one period's target dropped", plan, List.of(output(COACHED, target(2021, "80"))),
                        List.of(lowered(COACHED, 2022, "80", null))),
                arguments("a target for a new period instead", plan,
                        List.of(output(COACHED, target(2021, "80"), target(2023, "80"))),
                        List.of(lowered(COACHED, 2022, "80", null))),
                arguments("the indicator removed", plan, List.of(impact(RECIDIVISM, target(2022, "20"))),
                        List.of(lowered(COACHED, 2021, "80", null), lowered(COACHED, 2022, "80", null))),
                arguments("every goal removed", plan, List.of(),
                        List.of(lowered(COACHED, 2021, "80", null), lowered(COACHED, 2022, "80", null))),
                arguments("lower is better: target raised is lowered ambition",
                        List.of(impact(RECIDIVISM, target(2022, "25.5"))),
                        List.of(impact(RECIDIVISM, target(2022, "30"))),
                        List.of(lowered(RECIDIVISM, 2022, "25.5", "30"))),
                arguments("lower is better: target lowered is more ambition",
                        List.of(impact(RECIDIVISM, target(2022, "25.5"))),
                        List.of(impact(RECIDIVISM, target(2022, "20"))),
                        List.of()),
                arguments("the current indicator's direction decides", plan,
                        List.of(goal(GoalLevel.OUTPUT, COACHED, "jongeren", Direction.LOWER_IS_BETTER,
                                target(2021, "60"), target(2022, "90"))),
                        List.of(lowered(COACHED, 2022, "80", "90"))),
                arguments("registered without goals, goals set later", List.of(), plan, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ambitions")
    void targetsAskingLessThanTheRegisteredPlanAreLowered(String name, List<Goal> registered, List<Goal> current,
                                                          List<LoweredTarget> lowered) {
        MonitoringQuality quality = MonitoringRules.assess(details(YOUTH, current), STARTED,
                new MonitoringTrail(registered, START, null));

        assertThat(quality.loweredTargets()).isEqualTo(lowered);
    }

    private static InterventionDetails details(TargetGroup group, List<Goal> goals) {
        return new InterventionDetails("ARN1", "Jongerenwerk", null, null, null, null, null, null, null, group, null,
                goals);
    }
}
