package nl.botoc.monitor.reporting.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * An event or scan from Kafka names the municipality of its intervention; once reporting stored that intervention
 * under one municipality, a record naming another is refused, so that no record can move an intervention (and its
 * figures) to another municipality.
 */
public final class Ownership {

    private Ownership() {
    }

    /** Why the record may not be stored, or empty when its municipality is the one stored (or none is yet). */
    public static Optional<String> mismatch(Collection<String> stored, String claimed) {
        return stored.stream()
                .filter(owner -> !owner.equals(claimed))
                .findFirst()
                .map(owner -> "municipality " + claimed + " differs from " + owner
                        + ", stored for this intervention before");
    }
}
