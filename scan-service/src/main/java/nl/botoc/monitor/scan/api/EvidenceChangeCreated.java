package nl.botoc.monitor.scan.api;

import nl.botoc.monitor.contract.evidence.EvidenceChange;

/** The answer to a change: the version it created, and the change as stored. */
public record EvidenceChangeCreated(long version, EvidenceChange change) {
}
