package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Preventive, or repressive when any of its themes is repressive. */
public enum Approach {
    PREVENTIEF, REPRESSIEF;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Approach parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
