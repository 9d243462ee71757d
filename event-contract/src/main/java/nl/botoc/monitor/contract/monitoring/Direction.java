package nl.botoc.monitor.contract.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Locale;

/** Which way an indicator should move; decides whether a changed target is a lower ambition. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Whether {@code changed} asks for less than {@code original} did. */
    public boolean isLessAmbitious(BigDecimal changed, BigDecimal original) {
        int comparison = changed.compareTo(original);
        return this == HIGHER_IS_BETTER ? comparison < 0 : comparison > 0;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    static Direction parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
