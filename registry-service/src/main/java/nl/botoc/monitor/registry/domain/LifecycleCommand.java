package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Adjusted;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Goal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a municipality reports about an intervention: that something happened, on a date known to some precision.
 * The intervention decides whether it may happen; if so, the report becomes an event with this event id.
 *
 * @param actor who reports it (the token's subject), recorded in the event
 */
public record LifecycleCommand(UUID eventId, OccurredAt occurred, LifecyclePayload payload, String actor) {

    public LifecycleCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurred, "occurred");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * Sets an intervention's measurable goals: an adjustment whose changes hold only the new goals, which replace
     * the whole list, so that the earlier targets stay in the earlier events.
     */
    public static LifecycleCommand settingGoals(UUID eventId, OccurredAt occurred, List<Goal> goals, String reason,
                                                String actor) {
        InterventionDetails goalsOnly = new InterventionDetails(null, null, null, null, null, null, null, null, null,
                null, null, goals);
        return new LifecycleCommand(eventId, occurred, new Adjusted(goalsOnly, reason), actor);
    }

    /**
     * Whether {@code recorded} is this very report, recorded before: a retry rather than a second event. Who sends
     * it again does not matter: a colleague may retry what the first sender could not finish.
     */
    public boolean isRecordedAs(LifecycleEvent recorded) {
        return eventId.equals(recorded.eventId())
                && occurred.equals(recorded.occurred())
                && payload.equals(recorded.payload());
    }
}
