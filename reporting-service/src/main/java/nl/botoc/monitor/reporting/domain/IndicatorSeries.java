package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Baseline;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator of an intervention over time, as its lifecycle events tell it: the targets of its current goals and
 * every value reported for it. Where two reports give a value for the same period, the later report (by sequence)
 * wins: a municipality corrects a figure by reporting it again. Values reported for an indicator that the current
 * goals no longer have are left out, as the indicator itself is.
 *
 * @param description the goal's description; {@code level} the goal's level
 * @param baseline    null when the municipality gave none
 * @param targets     by period start
 * @param actuals     by period start
 */
public record IndicatorSeries(String code, String name, String unit, Direction direction, GoalLevel level,
                              String description, Baseline baseline, List<Target> targets, List<Actual> actuals,
                              String measurement) {

    private static final Comparator<Period> BY_START = Comparator.comparing(Period::start,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Period::end,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /** A measured value, with when the report that gave it happened. */
    public record Actual(Period period, BigDecimal value, OccurredAt reportedOn) {
    }

    /** The series of every indicator of the current goals, in the goals' order; the events in sequence order. */
    public static List<IndicatorSeries> of(List<RecordedEvent> events) {
        List<Goal> goals = LifecycleState.after(events)
                .map(state -> state.details().measurableGoals())
                .orElse(null);
        if (goals == null) {
            return List.of();
        }
        Map<String, Map<Period, Actual>> actuals = actualsByIndicator(events);
        return goals.stream()
                .filter(goal -> goal != null && goal.indicator() != null)
                .map(goal -> of(goal, actuals.getOrDefault(goal.indicator().code(), Map.of())))
                .toList();
    }

    /** The period's target, if the current goals set one. */
    public BigDecimal targetFor(Period period) {
        return targets.stream().filter(target -> period.equals(target.period())).map(Target::value)
                .findFirst().orElse(null);
    }

    public Actual actualFor(Period period) {
        return actuals.stream().filter(actual -> period.equals(actual.period())).findFirst().orElse(null);
    }

    /** Every period that has a target or an actual, by start. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        targets.forEach(target -> periods.add(target.period()));
        actuals.forEach(actual -> periods.add(actual.period()));
        return periods.stream().filter(Objects::nonNull).distinct().sorted(BY_START).toList();
    }

    private static IndicatorSeries of(Goal goal, Map<Period, Actual> actuals) {
        Indicator indicator = goal.indicator();
        List<Target> targets = indicator.targets() == null ? List.of() : indicator.targets().stream()
                .filter(target -> target != null && target.period() != null && target.value() != null)
                .sorted(Comparator.comparing(Target::period, BY_START)).toList();
        return new IndicatorSeries(indicator.code(), indicator.name(), indicator.unit(), indicator.direction(),
                goal.level(), goal.description(), indicator.baseline(), targets,
                actuals.values().stream().sorted(Comparator.comparing(Actual::period, BY_START)).toList(),
                indicator.measurement());
    }

    private static Map<String, Map<Period, Actual>> actualsByIndicator(List<RecordedEvent> events) {
        Map<String, Map<Period, Actual>> actuals = new HashMap<>();
        events.stream().sorted(RecordedEvent.BY_SEQUENCE).map(RecordedEvent::event)
                .filter(event -> event.payload() instanceof LifecyclePayload.ProgressReported)
                .forEach(event -> record(event, actuals));
        return actuals;
    }

    private static void record(LifecycleEvent event, Map<String, Map<Period, Actual>> actuals) {
        List<Measurement> measurements = ((LifecyclePayload.ProgressReported) event.payload()).measurements();
        if (measurements == null) {
            return;
        }
        measurements.stream()
                .filter(m -> m != null && m.indicator() != null && m.period() != null && m.value() != null)
                .forEach(m -> actuals.computeIfAbsent(m.indicator(), code -> new LinkedHashMap<>())
                        .put(m.period(), new Actual(m.period(), m.value(), event.occurred())));
    }
}
