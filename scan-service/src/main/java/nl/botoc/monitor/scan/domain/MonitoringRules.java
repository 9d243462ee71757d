package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.TargetGroup;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.LoweredTarget;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well an intervention can be followed (report chapter 4 and 5.3): a pure function of its current details,
 * status and {@link MonitoringTrail}. No clock: whether it is quiet ("stil") depends on the day one looks, so
 * the rules give the first quiet day and the reader compares it with its own date.
 */
public final class MonitoringRules {

    private MonitoringRules() {
    }

    /**
     * Incomplete goals (no indicator, unit, targets or direction) count as not measurable rather than fail:
     * registry-service refuses them, but a derivation that throws would stop the whole lifecycle channel.
     */
    public static MonitoringQuality assess(InterventionDetails details, LifecycleStatus status, MonitoringTrail trail) {
        List<Goal> goals = goalsOf(details.measurableGoals());
        return new MonitoringQuality(
                goals.stream().anyMatch(MonitoringRules::isMeasurableOutput),
                isDescribed(details.targetGroup()),
                trail.lastReport(),
                quietFrom(status, trail),
                loweredTargets(trail.registeredGoals(), goals),
                !goals.isEmpty() && goals.stream().allMatch(goal -> goal.level() == GoalLevel.IMPACT));
    }

    /** An output goal whose indicator says what it counts and what it should reach. */
    private static boolean isMeasurableOutput(Goal goal) {
        Indicator indicator = goal.indicator();
        return goal.level() == GoalLevel.OUTPUT && indicator != null
                && indicator.unit() != null && !indicator.unit().isBlank()
                && targetsOf(indicator).stream().anyMatch(target -> target.value() != null);
    }

    private static boolean isDescribed(TargetGroup group) {
        return group != null && (group.description() != null && !group.description().isBlank()
                || group.minAge() != null || group.maxAge() != null);
    }

    /**
     * Reports are due only while it is in practice: 90 days after the last possible day of the last report or of
     * the start, whichever is later. A report made while it was still planned does not make it quiet the day it
     * starts.
     */
    private static LocalDate quietFrom(LifecycleStatus status, MonitoringTrail trail) {
        if (status != LifecycleStatus.STARTED) {
            return null;
        }
        LocalDate lastSign = trail.started().latestPossibleDate();
        if (trail.lastReport() != null && trail.lastReport().latestPossibleDate().isAfter(lastSign)) {
            lastSign = trail.lastReport().latestPossibleDate();
        }
        return lastSign.plusDays(MonitoringQuality.QUIET_AFTER_DAYS);
    }

    /**
     * Every target of the registered goals that the current goals ask less of, judged by the current indicator's
     * direction, or no longer have for that indicator and period (lowered to null).
     */
    private static List<LoweredTarget> loweredTargets(List<Goal> registered, List<Goal> current) {
        Map<String, Indicator> currentByCode = new LinkedHashMap<>();
        indicatorsOf(current).forEach(indicator -> currentByCode.putIfAbsent(indicator.code(), indicator));
        List<LoweredTarget> lowered = new ArrayList<>();
        for (Indicator original : indicatorsOf(registered)) {
            Indicator now = currentByCode.get(original.code());
            for (Target target : targetsOf(original)) {
                BigDecimal currentValue = now == null ? null : valueIn(now, target.period());
                if (target.value() != null && (currentValue == null || asksLess(now, currentValue, target.value()))) {
                    lowered.add(new LoweredTarget(original.code(), target.period(), target.value(), currentValue));
                }
            }
        }
        return List.copyOf(lowered);
    }

    private static boolean asksLess(Indicator now, BigDecimal currentValue, BigDecimal originalValue) {
        return now.direction() != null && now.direction().isLessAmbitious(currentValue, originalValue);
    }

    /** The indicator's target value for exactly that period; null when it has none. */
    private static BigDecimal valueIn(Indicator indicator, Period period) {
        return targetsOf(indicator).stream().filter(target -> Objects.equals(period, target.period()))
                .map(Target::value).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<Goal> goalsOf(List<Goal> goals) {
        return goals == null ? List.of() : goals;
    }

    private static List<Indicator> indicatorsOf(List<Goal> goals) {
        return goals.stream().map(Goal::indicator).filter(Objects::nonNull).toList();
    }

    private static List<Target> targetsOf(Indicator indicator) {
        return indicator.targets() == null ? List.of() : indicator.targets();
    }
}
