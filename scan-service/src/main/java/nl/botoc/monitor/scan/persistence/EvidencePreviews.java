package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.scan.config.ScanConfig;
import nl.botoc.monitor.scan.domain.EvidenceRevision;
import nl.botoc.monitor.scan.domain.Reclassification;

import java.util.List;
import java.util.UUID;

/**
 * The what-if of a proposed change: every intervention's scan derived from its stored events under the current
 * version and under the version the change would make. Reads only; stores and publishes nothing.
 */
@ApplicationScoped
public class EvidencePreviews {

    @Inject
    EvidenceStore store;

    @Inject
    ScanConfig config;

    /** @throws EvidenceRevision.InvalidEvidenceChange when the change does not fit the current version */
    @Transactional
    public Reclassification.Preview preview(EvidenceChange change) {
        EvidenceBase current = store.current();
        Reclassification reclassification = Reclassification.between(current,
                EvidenceRevision.apply(current, change));
        int batchSize = config.rederive().batchSize();
        UUID after = AppliedHistory.FIRST;
        List<AppliedHistory> batch;
        do {
            batch = AppliedHistory.after(after, batchSize);
            batch.forEach(history -> reclassification.add(history.deriveUnder(current)));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).interventionId();
        } while (batch.size() == batchSize);
        return reclassification.preview();
    }
}
