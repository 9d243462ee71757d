package nl.botoc.monitor.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.botoc.monitor.reporting.domain.Ownership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The municipality (normally one) that reporting stored an intervention under, by its events and its scan. Read in
 * the transaction that stores a record, so that the check and the store see the same state, in one transaction.
 */
@ApplicationScoped
class InterventionOwners {

    private static final String OWNERS = """
            SELECT municipality FROM lifecycle_event WHERE intervention_id = :id
            UNION
            SELECT municipality FROM scan_view WHERE intervention_id = :id
            """;

    private final EntityManager entityManager;

    InterventionOwners(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Why a record naming this municipality may not be stored for the intervention ({@link Ownership}); or empty. */
    @Transactional(TxType.MANDATORY)
    Optional<String> refusal(UUID interventionId, String municipality) {
        List<String> owners = entityManager.createNativeQuery(OWNERS, String.class).setParameter("id", interventionId)
                .getResultList();
        return Ownership.mismatch(owners, municipality);
    }
}
