package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.scan.domain.EvidenceRevision;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Researchers' changes to the evidence base: each becomes the next version, stored together with its outbox
 * row in one transaction. Publishing it and re-deriving the scans under it follow the commit.
 */
@ApplicationScoped
public class EvidenceRevisions {

    @Inject
    EvidenceStore store;

    @Inject
    AdvisoryLocks locks;

    @Inject
    Event<EvidenceRevised> revised;

    @Inject
    Clock clock;

    /**
     * @param expectedVersion the version the researcher saw (If-Match); empty to change whatever is current
     * @throws StaleVersion when the current version is another than expected
     * @throws EvidenceRevision.InvalidEvidenceChange when the change does not fit the current version
     */
    @Transactional
    public EvidenceChanged revise(EvidenceChange change, OptionalLong expectedVersion, String actor) {
        // One change at a time, so that each is applied to the version it was checked against.
        locks.lockEvidence();
        EvidenceBase current = store.current();
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersion(current.version());
        }
        EvidenceBase next = EvidenceRevision.apply(current, change);
        EvidenceChanged changed = new EvidenceChanged(UUID.randomUUID(), next.version(), clock.instant(), actor,
                change, next);
        store.append(changed, null);
        revised.fire(new EvidenceRevised(next.version()));
        return changed;
    }

    /** The change was meant for a version that is no longer current. */
    public static final class StaleVersion extends RuntimeException {
        private final long currentVersion;

        StaleVersion(long currentVersion) {
            super("the evidence base is at version " + currentVersion);
            this.currentVersion = currentVersion;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }
}
