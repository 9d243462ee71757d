package nl.botoc.monitor.contract.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How well a risk factor is supported: founded (named in three or more studies) or plausible (one or two). */
public enum EvidenceClass {
    FOUNDED, PLAUSIBLE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static EvidenceClass parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
