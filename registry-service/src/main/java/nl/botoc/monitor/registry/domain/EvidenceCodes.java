package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The theme, factor and method codes of one evidence-base version: which codes intervention details may use.
 * Registry does not keep its own catalogue; it learns these from the evidence base scan-service publishes.
 */
public final class EvidenceCodes {

    private final long version;
    private final Map<CodeKind, List<String>> defined = new EnumMap<>(CodeKind.class);

    private EvidenceCodes(EvidenceBase base) {
        version = base.version();
        for (CodeKind kind : CodeKind.values()) {
            defined.put(kind, kind.definedIn(base));
        }
    }

    public static EvidenceCodes of(EvidenceBase base) {
        return new EvidenceCodes(Objects.requireNonNull(base, "base"));
    }

    /**
     * The codes to keep when {@code arrived} comes after {@code known} (null: none yet). The highest version wins:
     * an older version that arrives late, e.g. replayed, never replaces a newer one.
     */
    public static EvidenceCodes latest(EvidenceCodes known, EvidenceCodes arrived) {
        return known == null || arrived.version > known.version ? arrived : known;
    }

    /** Whether {@code details} name any theme, factor or method: only such details need an evidence base. */
    public static boolean anyIn(InterventionDetails details) {
        for (CodeKind kind : CodeKind.values()) {
            if (!kind.givenIn(details).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    public long version() {
        return version;
    }

    /** Every code in {@code details} that this version does not define, in the order of the details' fields. */
    public List<UnknownCode> unknownIn(InterventionDetails details) {
        List<UnknownCode> unknown = new ArrayList<>();
        for (CodeKind kind : CodeKind.values()) {
            List<String> given = kind.givenIn(details);
            List<String> valid = defined.get(kind);
            for (int i = 0; i < given.size(); i++) {
                // A missing code is a broken field rule of its own (must not be blank), not an unknown code.
                if (given.get(i) != null && !valid.contains(given.get(i))) {
                    unknown.add(new UnknownCode(kind.fieldOf(i), kind, given.get(i), valid));
                }
            }
        }
        return unknown;
    }
}
