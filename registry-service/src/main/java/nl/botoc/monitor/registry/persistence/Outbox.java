package nl.botoc.monitor.registry.persistence;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The event rows Kafka has not acknowledged yet, as the relay works through them. */
@ApplicationScoped
public class Outbox {

    /** Advisory lock key of the relay ("registry" in ASCII); advisory locks are scoped to this database. */
    private static final long RELAY_LOCK = 0x7265_6769_7374_7279L;

    @Inject
    EntityManager entityManager;

    /**
     * Takes the relay's turn until this transaction ends, unless a relay in another transaction (or instance)
     * has it: one relay at a time keeps each intervention's events in order on the topic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeRelayTurn() {
        return (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
    }

    /**
     * The oldest unpublished rows. Selected by {@code published_at IS NULL}, never from a last-seen position, so
     * that a row whose transaction committed after a later row's is still found.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InterventionEvent> unpublished(int limit) {
        return InterventionEvent.<InterventionEvent>find("publishedAt is null", Sort.by("position"))
                .page(Page.ofSize(limit)).list();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markPublished(List<UUID> eventIds, Instant publishedAt) {
        InterventionEvent.update("publishedAt = ?1 where eventId in ?2", publishedAt, eventIds);
    }
}
