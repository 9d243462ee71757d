package nl.botoc.monitor.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.botoc.monitor.contract.evidence.EvidenceClass;

import java.util.List;
import java.util.Locale;

/**
 * A factor an intervention works on, and why the scan thinks so.
 *
 * @param viaThemes     the themes it was inferred from (empty when declared)
 * @param evidenceClass founded or plausible, for risk factors; null for protective factors
 */
public record TargetedFactor(String code, Kind kind, Provenance provenance, List<String> viaThemes,
                             EvidenceClass evidenceClass) {

    public enum Kind {
        RISK, PROTECTIVE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        static Kind parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** Declared by the municipality, or inferred from the intervention's themes (chapter 3.1.1). */
    public enum Provenance {
        DECLARED, INFERRED_FROM_THEME;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        static Provenance parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
