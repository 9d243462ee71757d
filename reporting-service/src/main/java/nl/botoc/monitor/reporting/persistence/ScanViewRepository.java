package nl.botoc.monitor.reporting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The scan_view read model: applies scans idempotently (keeping each revision) and hands out the current ones. */
@ApplicationScoped
public class ScanViewRepository implements PanacheRepositoryBase<ScanView, UUID> {

    /*
     * One statement, no check-then-write: the row changes only when the incoming (lifecycle sequence, evidence
     * version) is greater than the stored one, so a redelivered or older scan leaves it as it is.
     */
    private static final String UPSERT = """
            INSERT INTO scan_view (intervention_id, municipality, status, origin, lifecycle_sequence,
                                   evidence_version, lifecycle_partition, lifecycle_offset, scan, received_at)
            VALUES (:interventionId, :municipality, :status, :origin, :lifecycleSequence,
                    :evidenceVersion, :lifecyclePartition, :lifecycleOffset, CAST(:scan AS jsonb), now())
            ON CONFLICT (intervention_id) DO UPDATE SET
                municipality = excluded.municipality,
                status = excluded.status,
                origin = excluded.origin,
                lifecycle_sequence = excluded.lifecycle_sequence,
                evidence_version = excluded.evidence_version,
                lifecycle_partition = excluded.lifecycle_partition,
                lifecycle_offset = excluded.lifecycle_offset,
                scan = excluded.scan,
                received_at = excluded.received_at
            WHERE (excluded.lifecycle_sequence, excluded.evidence_version)
                > (scan_view.lifecycle_sequence, scan_view.evidence_version)
            """;

    private final Event<ReadModelChanged> changes;
    private final Event<ScanStored> stored;
    private final ScanHistoryRepository history;
    private final InterventionOwners owners;

    ScanViewRepository(Event<ReadModelChanged> changes, Event<ScanStored> stored, ScanHistoryRepository history,
                       InterventionOwners owners) {
        this.changes = changes;
        this.stored = stored;
        this.history = history;
        this.owners = owners;
    }

    /**
     * Keeps the scan as a revision of its intervention's history, and stores it as the current scan if it is newer
     * than what is stored, in one transaction; says whether the current scan changed. An older scan arriving late
     * can still add to the history, which the pages of a past date read. A scan naming another municipality than
     * the intervention's is refused, checked in the same transaction.
     */
    @Transactional
    public Stored apply(InterventionScan scan) {
        Optional<String> refusal = owners.refusal(scan.interventionId(), scan.municipality());
        if (refusal.isPresent()) {
            return Stored.refused(refusal.get());
        }
        history.record(scan);
        int rows = getEntityManager().createNativeQuery(UPSERT)
                .setParameter("interventionId", scan.interventionId())
                .setParameter("municipality", scan.municipality())
                .setParameter("status", scan.status().wireName())
                .setParameter("origin", scan.origin().wireName())
                .setParameter("lifecycleSequence", scan.lifecycleSequence())
                .setParameter("evidenceVersion", scan.evidenceVersion())
                .setParameter("lifecyclePartition", scan.lifecyclePartition())
                .setParameter("lifecycleOffset", scan.lifecycleOffset())
                .setParameter("scan", EventJson.write(scan))
                .executeUpdate();
        stored.fire(new ScanStored(scan));
        // Also when no row changed: with replicas sharing one database (each in a consumer group of its own) the row
        // may have been stored by another replica, whose pushes reach only its own streams. A repeat costs at most
        // one coalesced push.
        changes.fire(new ReadModelChanged(scan.interventionId(), scan.municipality()));
        return Stored.changed(rows > 0);
    }

    /** The current scan of one intervention. */
    @Transactional
    public Optional<InterventionScan> current(UUID interventionId) {
        return findByIdOptional(interventionId).map(view -> EventJson.readScan(view.scan));
    }

    /** The current scan of every intervention. */
    @Transactional
    public List<InterventionScan> allScans() {
        return getEntityManager().createQuery("select v.scan from ScanView v", String.class)
                .getResultStream()
                .map(EventJson::readScan)
                .toList();
    }
}
