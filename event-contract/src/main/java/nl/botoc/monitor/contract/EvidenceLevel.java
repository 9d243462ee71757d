package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How well an intervention stands on research, strongest first. In counts, "founded" is ERKEND + GEFUNDEERD
 * and "unfounded" is EXPLORATIEF + ONGEFUNDEERD, as the report splits its 62 into 56 and 6.
 */
public enum EvidenceLevel {
    ERKEND, GEFUNDEERD, EXPLORATIEF, ONGEFUNDEERD;

    public boolean founded() {
        return this == ERKEND || this == GEFUNDEERD;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static EvidenceLevel parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
