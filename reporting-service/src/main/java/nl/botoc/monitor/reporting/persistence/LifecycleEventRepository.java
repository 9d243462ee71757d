package nl.botoc.monitor.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.reporting.domain.RecordedEvent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Reporting's own copy of the lifecycle log: every event once, for the timelines and the peildatum. */
@ApplicationScoped
public class LifecycleEventRepository {

    /* The event id is the key: a redelivered event inserts nothing, in one statement, with no check first. */
    private static final String INSERT = """
            INSERT INTO lifecycle_event (event_id, intervention_id, municipality, sequence, type, occurred_date,
                                         lifecycle_partition, lifecycle_offset, event, received_at)
            VALUES (:eventId, :interventionId, :municipality, :sequence, :type, :occurredDate,
                    :partition, :offset, CAST(:event AS jsonb), now())
            ON CONFLICT (event_id) DO NOTHING
            """;
    private static final String SELECT = "SELECT CAST(event AS text), lifecycle_partition, lifecycle_offset "
            + "FROM lifecycle_event";

    private final EntityManager entityManager;
    private final Event<ReadModelChanged> changes;
    private final InterventionOwners owners;

    LifecycleEventRepository(EntityManager entityManager, Event<ReadModelChanged> changes, InterventionOwners owners) {
        this.entityManager = entityManager;
        this.changes = changes;
        this.owners = owners;
    }

    /**
     * Stores the event unless it is stored already; says whether it was new. An event naming another municipality
     * than the intervention's is refused, checked in the same transaction.
     */
    @Transactional
    public Stored record(RecordedEvent recorded) {
        LifecycleEvent event = recorded.event();
        Optional<String> refusal = owners.refusal(event.interventionId(), event.municipality());
        if (refusal.isPresent()) {
            return Stored.refused(refusal.get());
        }
        int rows = entityManager.createNativeQuery(INSERT)
                .setParameter("eventId", event.eventId())
                .setParameter("interventionId", event.interventionId())
                .setParameter("municipality", event.municipality())
                .setParameter("sequence", event.sequence())
                .setParameter("type", event.type().wireName())
                .setParameter("occurredDate", event.occurred().date())
                .setParameter("partition", recorded.partition())
                .setParameter("offset", recorded.offset())
                .setParameter("event", EventJson.write(event))
                .executeUpdate();
        // Also when it was stored before, perhaps by another replica on the same database: see ScanViewRepository.
        changes.fire(new ReadModelChanged(event.interventionId(), event.municipality()));
        return Stored.changed(rows > 0);
    }

    @Transactional
    public List<RecordedEvent> all() {
        return read(entityManager.createNativeQuery(SELECT, Object[].class).getResultStream());
    }

    @Transactional
    public List<RecordedEvent> ofIntervention(UUID interventionId) {
        return read(entityManager.createNativeQuery(SELECT + " WHERE intervention_id = :id ORDER BY sequence",
                Object[].class).setParameter("id", interventionId).getResultStream());
    }

    /** Every event of the municipality's interventions. */
    @Transactional
    public List<RecordedEvent> ofMunicipality(String cbsCode) {
        return read(entityManager.createNativeQuery(SELECT + " WHERE municipality = :municipality", Object[].class)
                .setParameter("municipality", cbsCode).getResultStream());
    }

    @SuppressWarnings("unchecked")
    private static List<RecordedEvent> read(Stream<?> rows) {
        return ((Stream<Object[]>) rows).map(row -> new RecordedEvent(
                EventJson.readLifecycleEvent((String) row[0]),
                ((Number) row[1]).intValue(),
                ((Number) row[2]).longValue())).toList();
    }
}
