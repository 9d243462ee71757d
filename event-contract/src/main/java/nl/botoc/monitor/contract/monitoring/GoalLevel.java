package nl.botoc.monitor.contract.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The level a goal is set at (report chapter 4: goals are rarely set at more than one level). The three levels
 * are those of IATI's result types 1, 2 and 3.
 */
public enum GoalLevel {
    /** What the intervention itself delivers, e.g. 60 young people coached a year. */
    OUTPUT,
    /** What changes for the target group, e.g. young people back in school. */
    OUTCOME,
    /** What changes in society, e.g. less recidivism or recruitment. */
    IMPACT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static GoalLevel parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
