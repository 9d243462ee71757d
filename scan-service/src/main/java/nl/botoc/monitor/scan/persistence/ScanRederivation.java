package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.scan.config.ScanConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Brings scans derived under an older evidence version up to the current one, a batch per transaction: the
 * batch's events are read in one query and its scans written in one statement, each as a new revision for the
 * scan publisher. A crash loses at most the batches in hand, which the next pass takes again.
 */
@ApplicationScoped
public class ScanRederivation {

    @Inject
    EvidenceStore evidence;

    @Inject
    ScanConfig config;

    @Inject
    Clock clock;

    /** How far a pass got: how many scans the batch re-derived, and the last of them (null when none). */
    public record Progress(int rederived, UUID last) {
    }

    /**
     * Re-derives the next batch of a pass through the interventions in id order.
     *
     * @param after where the pass got to; {@link AppliedHistory#FIRST} to start one
     */
    @Transactional
    public Progress rederiveBatch(UUID after) {
        EvidenceBase current = evidence.current();
        List<AppliedHistory> behind = AppliedHistory.derivedBefore(current.version(), after,
                config.rederive().batchSize());
        Instant now = clock.instant();
        InterventionScanEntity.saveAll(behind.stream().map(history -> history.scanUnder(current, now)).toList());
        return new Progress(behind.size(), behind.isEmpty() ? null : behind.get(behind.size() - 1).interventionId());
    }
}
