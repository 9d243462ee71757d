package nl.botoc.monitor.scan.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The current scan of one intervention, with the revision bookkeeping of its publication. */
@Entity
@Table(name = "intervention_scan")
public class InterventionScanEntity extends PanacheEntityBase {

    @Id
    @Column(name = "intervention_id")
    public UUID interventionId;

    public String municipality;

    @Column(name = "lifecycle_sequence")
    public long lifecycleSequence;

    @Column(name = "evidence_version")
    public long evidenceVersion;

    /** The scan as EventJson wrote it: exactly what is published. */
    public String scan;

    public long revision;

    @Column(name = "published_revision")
    public long publishedRevision;

    /** The sequence of the intervention's last applied event; 0 when none was applied. */
    public static long lastAppliedSequence(UUID interventionId) {
        return getEntityManager()
                .createQuery("select s.lifecycleSequence from InterventionScanEntity s where s.interventionId = :id",
                        Long.class)
                .setParameter("id", interventionId)
                .getResultStream().findFirst().orElse(0L);
    }

    /** What is stored of an intervention's applied events: the owner its registering event named, the last sequence. */
    public record Applied(String owner, long lastSequence) {
    }

    /** The applied state of those of these interventions that have a scan. */
    public static Map<UUID, Applied> appliedOf(List<UUID> interventionIds) {
        Map<UUID, Applied> applied = new HashMap<>();
        getEntityManager()
                .createQuery("select s.interventionId, s.municipality, s.lifecycleSequence from InterventionScanEntity s"
                        + " where s.interventionId in :ids", Object[].class)
                .setParameter("ids", interventionIds)
                .getResultList()
                .forEach(row -> applied.put((UUID) row[0], new Applied((String) row[1], (Long) row[2])));
        return applied;
    }

    /**
     * Stores each scan as its intervention's new revision, to be published, in one statement: the consumer's newly
     * derived scans and the re-derivation's (only the derivation changed, but the row is written whole so that row
     * and scan agree).
     */
    public static void saveAll(List<InterventionScan> scans) {
        if (scans.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        INSERT INTO intervention_scan
                            (intervention_id, municipality, lifecycle_sequence, evidence_version, scan, revision)
                        SELECT v.*, 1 FROM unnest(:ids, :municipalities, :sequences, :evidenceVersions, :scans) AS v
                        ON CONFLICT (intervention_id) DO UPDATE SET
                            municipality = excluded.municipality,
                            lifecycle_sequence = excluded.lifecycle_sequence,
                            evidence_version = excluded.evidence_version,
                            scan = excluded.scan,
                            revision = intervention_scan.revision + 1""")
                .setParameter("ids", scans.stream().map(InterventionScan::interventionId).toArray(UUID[]::new))
                .setParameter("municipalities", scans.stream().map(InterventionScan::municipality).toArray(String[]::new))
                .setParameter("sequences",
                        scans.stream().map(InterventionScan::lifecycleSequence).toArray(Long[]::new))
                .setParameter("evidenceVersions",
                        scans.stream().map(InterventionScan::evidenceVersion).toArray(Long[]::new))
                .setParameter("scans", scans.stream().map(EventJson::write).toArray(String[]::new))
                .executeUpdate();
    }

    /** Scans with a revision not yet acknowledged by Kafka, oldest intervention first. */
    public static List<InterventionScanEntity> unpublished(int limit) {
        return find("revision > publishedRevision order by interventionId").page(0, limit).list();
    }

    /** Notes that Kafka acknowledged these revisions; never lowers what an earlier publisher noted. */
    public static void markPublished(List<InterventionScanEntity> rows) {
        getEntityManager().createNativeQuery("""
                        UPDATE intervention_scan s SET published_revision = v.revision
                        FROM unnest(:ids, :revisions) AS v(intervention_id, revision)
                        WHERE s.intervention_id = v.intervention_id AND s.published_revision < v.revision""")
                .setParameter("ids", rows.stream().map(row -> row.interventionId).toArray(UUID[]::new))
                .setParameter("revisions", rows.stream().map(row -> row.revision).toArray(Long[]::new))
                .executeUpdate();
    }

    /**
     * Up to {@code limit} scans of one municipality, or of all when {@code municipality} is null, in intervention id
     * order after {@code after} (null: from the first), so that the next page starts after the last id of this one.
     */
    public static List<InterventionScanEntity> page(String municipality, UUID after, int limit) {
        Parameters parameters = Parameters.with("after", after == null ? AppliedHistory.FIRST : after);
        String query = "interventionId > :after";
        if (municipality != null) {
            query += " and municipality = :municipality";
            parameters.and("municipality", municipality);
        }
        return find(query, Sort.by("interventionId"), parameters).page(0, limit).list();
    }

    public InterventionScan toScan() {
        return EventJson.readScan(scan);
    }
}
