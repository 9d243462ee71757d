package nl.botoc.monitor.contract.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * One message on {@code evidence.changes.v1}: the change a researcher made and the whole evidence base
 * after it, so a reader needs no earlier message to know the current codes and labels.
 *
 * @param version the evidence-base version this change created
 */
public record EvidenceChanged(UUID changeId, long version, Instant changedAt, String actor,
                              EvidenceChange change, EvidenceBase evidenceBase) {
}
