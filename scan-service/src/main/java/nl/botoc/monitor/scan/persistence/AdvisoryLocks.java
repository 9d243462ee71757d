package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.UUID;

/**
 * PostgreSQL advisory locks held until the transaction ends, so that instances of this service sharing the
 * database take turns where order matters. A key space per kind of lock keeps them apart.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private static final int INTERVENTION = 1;
    private static final int PUBLISHER = 2;
    private static final int EVIDENCE = 3;

    @Inject
    EntityManager entityManager;

    /**
     * Waits until no other transaction applies events of these interventions. Without it, an event parked by
     * one transaction could escape the successor check of another that applies its predecessor concurrently
     * (possible while a consumer-group rebalance hands a partition over).
     */
    public void lockInterventions(Collection<UUID> interventionIds) {
        // Taken in one statement and in key order, so that two transactions locking overlapping sets cannot deadlock.
        Integer[] keys = interventionIds.stream().map(UUID::hashCode).distinct().sorted().toArray(Integer[]::new);
        entityManager.createNativeQuery("""
                        SELECT count(pg_advisory_xact_lock(:space, k)) FROM unnest(:keys) WITH ORDINALITY AS t(k, n)""")
                .setParameter("space", INTERVENTION)
                .setParameter("keys", keys)
                .getSingleResult();
    }

    /**
     * Waits until no other transaction publishes to this topic, so that rows go out in the order they were
     * selected (each intervention's scan revisions, the evidence versions).
     */
    public void lockPublisher(String topic) {
        lock(PUBLISHER, topic.hashCode());
    }

    /** Waits until no other transaction changes or initialises the evidence base: versions follow one another. */
    public void lockEvidence() {
        lock(EVIDENCE, 0);
    }

    private void lock(int space, int key) {
        entityManager.createNativeQuery("SELECT true FROM pg_advisory_xact_lock(:space, :key)")
                .setParameter("space", space)
                .setParameter("key", key)
                .getSingleResult();
    }
}
