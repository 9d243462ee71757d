package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where an intervention stands. "In practice" is {@link #STARTED}; "not carried out" is {@link #CANCELLED}. */
public enum LifecycleStatus {
    PLANNED, STARTED, COMPLETED, CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static LifecycleStatus parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
