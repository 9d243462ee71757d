package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * PostgreSQL advisory locks held until the transaction ends, so that instances of this service sharing the
 * database take turns where order matters. Two key spaces keep the two kinds of lock apart.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private static final int INTERVENTION = 1;
    private static final int PUBLISHER = 2;

    @Inject
    EntityManager entityManager;

    /**
     * Waits until no other transaction applies events of this intervention. Without it, an event parked by
     * one transaction could escape the successor check of another that applies its predecessor concurrently
     * (possible while a consumer-group rebalance hands a partition over).
     */
    public void lockIntervention(UUID interventionId) {
        lock(INTERVENTION, interventionId.hashCode());
    }

    /** Waits until no other transaction publishes scans, so each intervention's revisions go out in order. */
    public void lockPublisher() {
        lock(PUBLISHER, 0);
    }

    private void lock(int space, int key) {
        entityManager.createNativeQuery("SELECT true FROM pg_advisory_xact_lock(:space, :key)")
                .setParameter("space", space)
                .setParameter("key", key)
                .getSingleResult();
    }
}
