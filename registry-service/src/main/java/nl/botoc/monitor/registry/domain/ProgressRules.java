package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a progress report follows: its own (each measurement complete, no indicator and period twice), and
 * those that need the intervention (an indicator of its current goals, in that indicator's unit, over a period
 * within its life). Each broken rule is reported as the path of its field, e.g. {@code measurements[0].unit}.
 */
public final class ProgressRules {

    static final String FIELD = "measurements";

    private ProgressRules() {
    }

    /** The rules {@code measurements} follow on their own, whatever the intervention. */
    public static Map<String, String> brokenBy(List<Measurement> measurements) {
        Map<String, String> broken = new LinkedHashMap<>();
        if (measurements == null || measurements.isEmpty()) {
            broken.put(FIELD, "must list at least one measured value");
            return broken;
        }
        List<IndicatorPeriod> reported = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            String field = fieldOf(i);
            Measurement measurement = measurements.get(i);
            if (measurement == null) {
                broken.put(field, "must be a measurement with indicator, period, value and unit");
                reported.add(null);
                continue;
            }
            requireText(broken, field + ".indicator", measurement.indicator());
            Period period = measurement.period();
            if (period == null || !period.isOrdered()) {
                broken.put(field + ".period", "must have a start and an end on or after it");
            }
            if (measurement.value() == null) {
                broken.put(field + ".value", "must be given");
            }
            requireText(broken, field + ".unit", measurement.unit());
            IndicatorPeriod indicatorAndPeriod = new IndicatorPeriod(measurement.indicator(), period);
            int first = reported.indexOf(indicatorAndPeriod);
            if (first >= 0 && !broken.containsKey(field + ".period")) {
                broken.put(field + ".period", "'" + measurement.indicator() + "' over this period is "
                        + fieldOf(first) + " already: one value per indicator and period in a report");
            }
            reported.add(indicatorAndPeriod);
        }
        return broken;
    }

    /**
     * The rules that need the intervention, for measurements that follow {@link #brokenBy}: each names one of its
     * current indicators, in that indicator's unit, over a period within its life as of {@code reported}.
     */
    static Map<String, String> brokenAgainst(List<Goal> goals, Life life, OccurredAt reported,
                                             List<Measurement> measurements) {
        Map<String, String> broken = new LinkedHashMap<>();
        for (int i = 0; i < measurements.size(); i++) {
            String field = fieldOf(i);
            Measurement measurement = measurements.get(i);
            Optional<Indicator> indicator = indicatorOf(goals, measurement.indicator());
            if (indicator.isEmpty()) {
                broken.put(field + ".indicator", "unknown indicator '" + measurement.indicator() + "'; "
                        + knownIndicators(goals));
            } else if (!indicator.get().unit().equals(measurement.unit())) {
                broken.put(field + ".unit", "must be '" + indicator.get().unit() + "', the unit of indicator '"
                        + measurement.indicator() + "'");
            }
            life.excludes(measurement.period(), reported).ifPresent(why -> broken.put(field + ".period", why));
        }
        return broken;
    }

    /** What a report may give one value for. */
    private record IndicatorPeriod(String indicator, Period period) {
    }

    private static Optional<Indicator> indicatorOf(List<Goal> goals, String code) {
        return goals.stream().map(Goal::indicator).filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    private static String knownIndicators(List<Goal> goals) {
        return goals.isEmpty()
                ? "the intervention has no measurable goals yet: set them first (PUT .../goals)"
                : "its indicators: " + String.join(", ", goals.stream().map(goal -> goal.indicator().code()).toList());
    }

    private static String fieldOf(int index) {
        return FIELD + "[" + index + "]";
    }

    private static void requireText(Map<String, String> broken, String field, String text) {
        if (text == null || text.isBlank()) {
            broken.put(field, "must not be blank");
        }
    }
}
