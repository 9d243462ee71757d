package nl.botoc.monitor.scan.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.Instant;
import java.util.UUID;

/** A lifecycle event as this service keeps it: the envelope and where on Kafka it was read. */
@MappedSuperclass
public abstract class StoredEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "intervention_id")
    public UUID interventionId;

    public long sequence;

    /** The event as EventJson writes it. */
    public String envelope;

    @Column(name = "kafka_partition")
    public int kafkaPartition;

    @Column(name = "kafka_offset")
    public long kafkaOffset;

    public LifecycleEvent event() {
        return EventJson.readLifecycleEvent(envelope);
    }

    /**
     * Inserts the event unless its id or its (intervention, sequence) is taken: one statement, so two
     * deliveries racing each other cannot both get in. Returns the number of rows inserted, 0 or 1.
     *
     * @param table      applied_event or parked_event
     * @param timeColumn the table's column for {@code at}
     */
    static int insertIfNew(String table, String timeColumn, LifecycleEvent event, int partition, long offset,
                           Instant at) {
        String insert = "INSERT INTO " + table
                + " (event_id, intervention_id, sequence, envelope, kafka_partition, kafka_offset, " + timeColumn + ")"
                + " VALUES (:eventId, :interventionId, :sequence, :envelope, :partition, :offset, :at)"
                + " ON CONFLICT DO NOTHING";
        return Panache.getEntityManager().createNativeQuery(insert)
                .setParameter("eventId", event.eventId())
                .setParameter("interventionId", event.interventionId())
                .setParameter("sequence", event.sequence())
                .setParameter("envelope", EventJson.write(event))
                .setParameter("partition", partition)
                .setParameter("offset", offset)
                .setParameter("at", at)
                .executeUpdate();
    }
}
