package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every lifecycle event travels in, on {@link Topics#LIFECYCLE} keyed by intervention id.
 *
 * @param eventId        unique per event; a client may choose it so that a retry is recognised
 * @param schemaVersion  version of this envelope and its payloads
 * @param municipality   CBS code of the owning municipality, e.g. GM0363
 * @param occurred       when it happened in the world, with the precision it is known to
 * @param recordedAt     when registry-service stored it
 * @param sequence       1 for the registering event, then +1 per event of the same intervention
 * @param causationId    the event that caused this one, when one did
 * @param actor          who posted it (token subject), when known
 */
public record LifecycleEvent(
        UUID eventId,
        int schemaVersion,
        UUID interventionId,
        String municipality,
        OccurredAt occurred,
        Instant recordedAt,
        long sequence,
        UUID causationId,
        String actor,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "type")
        LifecyclePayload payload) {

    /**
     * 2 added the {@code progress-reported} event and {@code measurableGoals} in the details; events of
     * version 1 are valid version 2 events.
     */
    public static final int CURRENT_SCHEMA_VERSION = 2;

    public LifecycleEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(occurred, "occurred");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    @JsonIgnore
    public EventType type() {
        return payload.type();
    }
}
