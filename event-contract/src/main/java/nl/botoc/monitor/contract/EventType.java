package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Lifecycle event types as they appear on the wire: facts in the past tense. */
public enum EventType {
    PLANNED("planned"),
    ADDED("added"),
    STARTED("started"),
    ADJUSTED("adjusted"),
    CANCELLED("cancelled"),
    COMPLETED("completed"),
    PROGRESS_REPORTED("progress-reported");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    @JsonCreator
    static EventType parse(String name) {
        return fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown event type: " + name));
    }

    /** Whether this event registers a new intervention (its first event). */
    public boolean registers() {
        return this == PLANNED || this == ADDED;
    }
}
