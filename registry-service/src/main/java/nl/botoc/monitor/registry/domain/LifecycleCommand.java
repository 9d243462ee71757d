package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;

import java.util.Objects;
import java.util.UUID;

/**
 * What a municipality reports about an intervention: that something happened, on a date known to some precision.
 * The intervention decides whether it may happen; if so, the report becomes an event with this event id.
 */
public record LifecycleCommand(UUID eventId, OccurredAt occurred, LifecyclePayload payload) {

    public LifecycleCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurred, "occurred");
        Objects.requireNonNull(payload, "payload");
    }

    /** Whether {@code recorded} is this very report, recorded before: a retry rather than a second event. */
    public boolean isRecordedAs(LifecycleEvent recorded) {
        return eventId.equals(recorded.eventId())
                && occurred.equals(recorded.occurred())
                && payload.equals(recorded.payload());
    }
}
