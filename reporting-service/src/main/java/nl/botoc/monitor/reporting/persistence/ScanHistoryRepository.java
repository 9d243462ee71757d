package nl.botoc.monitor.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;

import java.util.List;
import java.util.UUID;

/** Every scan revision received, once per (intervention, lifecycle sequence, evidence version). */
@ApplicationScoped
public class ScanHistoryRepository {

    private static final String INSERT = """
            INSERT INTO scan_revision (intervention_id, lifecycle_sequence, evidence_version, municipality, scan,
                                       received_at)
            VALUES (:interventionId, :lifecycleSequence, :evidenceVersion, :municipality, CAST(:scan AS jsonb), now())
            ON CONFLICT (intervention_id, lifecycle_sequence, evidence_version) DO NOTHING
            """;
    private static final String SELECT = "SELECT CAST(scan AS text) FROM scan_revision";

    private final EntityManager entityManager;

    ScanHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the revision unless it is kept already. Joins the caller's transaction. */
    @Transactional
    public void record(InterventionScan scan) {
        entityManager.createNativeQuery(INSERT)
                .setParameter("interventionId", scan.interventionId())
                .setParameter("lifecycleSequence", scan.lifecycleSequence())
                .setParameter("evidenceVersion", scan.evidenceVersion())
                .setParameter("municipality", scan.municipality())
                .setParameter("scan", EventJson.write(scan))
                .executeUpdate();
    }

    @Transactional
    public List<InterventionScan> all() {
        return entityManager.createNativeQuery(SELECT, String.class).getResultStream()
                .map(json -> EventJson.readScan((String) json)).toList();
    }

    /** Oldest first: by lifecycle sequence, then evidence version. */
    @Transactional
    public List<InterventionScan> ofIntervention(UUID interventionId) {
        return entityManager.createNativeQuery(SELECT + " WHERE intervention_id = :id "
                        + "ORDER BY lifecycle_sequence, evidence_version", String.class)
                .setParameter("id", interventionId)
                .getResultStream()
                .map(json -> EventJson.readScan((String) json)).toList();
    }
}
