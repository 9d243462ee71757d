package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.scan.config.ScanConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Brings scans derived under an older evidence version up to the current one, a batch per transaction: the
 * batch's events are read in one query and its scans written in one statement, each as a new revision for the
 * scan publisher. A crash loses at most the batch in hand, which the next round takes again.
 */
@ApplicationScoped
public class ScanRederivation {

    @Inject
    EvidenceStore evidence;

    @Inject
    ScanConfig config;

    @Inject
    Clock clock;

    /** Re-derives one batch; returns its size, 0 when no scan (that is not being written) is behind. */
    @Transactional
    public int rederiveBatch() {
        EvidenceBase current = evidence.current();
        List<AppliedHistory> behind = AppliedHistory.derivedBefore(current.version(),
                config.rederive().batchSize());
        Instant now = clock.instant();
        InterventionScanEntity.replaceAll(behind.stream().map(history -> history.scanUnder(current, now)).toList());
        return behind.size();
    }
}
