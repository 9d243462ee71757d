package nl.botoc.monitor.scan.api;

import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.scan.persistence.EvidenceVersion;

import java.time.Instant;

/** One version in the evidence base's history: what changed, when and by whom (the base itself is separate). */
public record EvidenceVersionView(long version, EvidenceChange change, Instant changedAt, String actor) {

    static EvidenceVersionView of(EvidenceVersion stored) {
        return new EvidenceVersionView(stored.version, stored.evidenceChange(), stored.changedAt, stored.actor);
    }
}
