package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.GoalLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One intervention as an IATI activity (standard 2.03), from its lifecycle events: what docs/iati-mapping.md maps
 * to which element. The codes are those of the IATI codelists ActivityStatus, ActivityDateType and ResultType.
 *
 * @param registered  when its registering event happened: the planned start when no actual start is known
 * @param started     when it went into practice; null when it has not
 * @param ended       when it was completed or cancelled; null when it has not ended
 * @param lastUpdated when registry recorded its latest event: the activity's last-updated-datetime
 */
public record IatiActivity(UUID interventionId, String municipality, InterventionDetails details,
                           LifecycleStatus status, OccurredAt registered, OccurredAt started, OccurredAt ended,
                           Instant lastUpdated, List<IndicatorSeries> indicators) {

    /** ActivityDateType codes. */
    public static final String PLANNED_START = "1";
    public static final String ACTUAL_START = "2";
    public static final String ACTUAL_END = "4";

    /** The activity as its events tell it; empty when they do not register it. */
    public static Optional<IatiActivity> of(UUID interventionId, List<RecordedEvent> events) {
        return LifecycleState.after(events).map(state -> {
            List<LifecycleEvent> inOrder = events.stream().map(RecordedEvent::event).toList();
            LifecycleEvent last = inOrder.get(inOrder.size() - 1);
            return new IatiActivity(interventionId, last.municipality(), state.details(), state.status(),
                    inOrder.get(0).occurred(), last(inOrder, EventType.STARTED), ended(inOrder, state.status()),
                    last.recordedAt(), IndicatorSeries.of(events));
        });
    }

    /**
     * ActivityStatus: planned is 1 (Pipeline/identification: not yet under way), in practice 2 (Implementation),
     * completed 3 (Finalisation: the activity is done, its evaluation may follow; 4 Closed would also say that no
     * further reporting or spending follows, which the monitor cannot know), cancelled 5 (Cancelled).
     */
    public String activityStatus() {
        return switch (status) {
            case PLANNED -> "1";
            case STARTED -> "2";
            case COMPLETED -> "3";
            case CANCELLED -> "5";
        };
    }

    /** ResultType: output 1, outcome 2, impact 3, the same three levels. */
    public static String resultType(GoalLevel level) {
        return switch (level) {
            case OUTPUT -> "1";
            case OUTCOME -> "2";
            case IMPACT -> "3";
        };
    }

    private static OccurredAt ended(List<LifecycleEvent> events, LifecycleStatus status) {
        return switch (status) {
            case PLANNED, STARTED -> null;
            case COMPLETED -> last(events, EventType.COMPLETED);
            case CANCELLED -> last(events, EventType.CANCELLED);
        };
    }

    private static OccurredAt last(List<LifecycleEvent> events, EventType type) {
        OccurredAt found = null;
        for (LifecycleEvent event : events) {
            if (event.type() == type) {
                found = event.occurred();
            }
        }
        return found;
    }
}
