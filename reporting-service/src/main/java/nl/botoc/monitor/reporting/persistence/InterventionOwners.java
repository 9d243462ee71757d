package nl.botoc.monitor.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The municipality (normally one) that reporting stored an intervention under, by its events and its scan. */
@ApplicationScoped
public class InterventionOwners {

    private static final String OWNERS = """
            SELECT municipality FROM lifecycle_event WHERE intervention_id = :id
            UNION
            SELECT municipality FROM scan_view WHERE intervention_id = :id
            """;

    private final EntityManager entityManager;

    InterventionOwners(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Empty for an intervention reporting has not stored yet. */
    @Transactional
    public List<String> of(UUID interventionId) {
        return entityManager.createNativeQuery(OWNERS, String.class).setParameter("id", interventionId)
                .getResultList();
    }
}
