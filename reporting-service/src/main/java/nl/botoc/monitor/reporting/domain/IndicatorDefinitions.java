package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.Indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every indicator an intervention's goals have named, by code, as last defined: the name and direction of a target
 * that was lowered, even when the indicator was dropped from the goals since.
 */
public final class IndicatorDefinitions {

    private IndicatorDefinitions() {
    }

    /** @param events one intervention's events, in sequence order */
    public static Map<String, Indicator> of(List<RecordedEvent> events) {
        Map<String, Indicator> byCode = new HashMap<>();
        events.stream().sorted(RecordedEvent.BY_SEQUENCE)
                .map(recorded -> detailsOf(recorded.event().payload()))
                .filter(details -> details != null && details.measurableGoals() != null)
                .flatMap(details -> details.measurableGoals().stream())
                .map(Goal::indicator)
                .filter(indicator -> indicator != null && indicator.code() != null)
                .forEach(indicator -> byCode.put(indicator.code(), indicator));
        return byCode;
    }

    private static InterventionDetails detailsOf(LifecyclePayload payload) {
        if (payload instanceof LifecyclePayload.Planned planned) {
            return planned.details();
        }
        if (payload instanceof LifecyclePayload.Added added) {
            return added.details();
        }
        if (payload instanceof LifecyclePayload.Adjusted adjusted) {
            return adjusted.changes();
        }
        return null;
    }
}
