package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import nl.botoc.monitor.contract.monitoring.Measurement;

import java.util.List;

/**
 * What a lifecycle event says, one record per event type. Sealed, and each record names its {@link EventType}:
 * a consumer's {@code switch} expression over {@link #type()} (exhaustive over the enum, no default) stops
 * compiling until it handles a new event type.
 */
@JsonSubTypes({
        @JsonSubTypes.Type(value = LifecyclePayload.Planned.class, name = "planned"),
        @JsonSubTypes.Type(value = LifecyclePayload.Added.class, name = "added"),
        @JsonSubTypes.Type(value = LifecyclePayload.Started.class, name = "started"),
        @JsonSubTypes.Type(value = LifecyclePayload.Adjusted.class, name = "adjusted"),
        @JsonSubTypes.Type(value = LifecyclePayload.Cancelled.class, name = "cancelled"),
        @JsonSubTypes.Type(value = LifecyclePayload.Completed.class, name = "completed"),
        @JsonSubTypes.Type(value = LifecyclePayload.ProgressReported.class, name = "progress-reported")
})
public sealed interface LifecyclePayload {

    @JsonIgnore
    EventType type();

    /** Registered as part of the municipality's original BOTOC plan. */
    record Planned(InterventionDetails details) implements LifecyclePayload {
        public EventType type() {
            return EventType.PLANNED;
        }
    }

    /** Registered later, not part of the original plan. */
    record Added(InterventionDetails details, String reason) implements LifecyclePayload {
        public EventType type() {
            return EventType.ADDED;
        }
    }

    /** Went into practice. */
    record Started(String note) implements LifecyclePayload {
        public EventType type() {
            return EventType.STARTED;
        }
    }

    /** Changed after the plan: {@code changes} holds only what changed. */
    record Adjusted(InterventionDetails changes, String reason) implements LifecyclePayload {
        public EventType type() {
            return EventType.ADJUSTED;
        }
    }

    /** Will not be carried out (any further). */
    record Cancelled(String reason) implements LifecyclePayload {
        public EventType type() {
            return EventType.CANCELLED;
        }
    }

    /** Carried out to the end. */
    record Completed(String note) implements LifecyclePayload {
        public EventType type() {
            return EventType.COMPLETED;
        }
    }

    /**
     * Measured values of the intervention's indicators, with a short status note. Changes neither its status nor
     * its details.
     */
    record ProgressReported(List<Measurement> measurements, String note) implements LifecyclePayload {
        public EventType type() {
            return EventType.PROGRESS_REPORTED;
        }
    }
}
