package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How exactly a date is known: the report often gives only a month, a quarter or a year. */
public enum DatePrecision {
    DAY, MONTH, QUARTER, YEAR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static DatePrecision parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
