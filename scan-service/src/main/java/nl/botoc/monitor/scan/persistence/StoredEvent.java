package nl.botoc.monitor.scan.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** Where on Kafka an event was read. */
    public record Position(int partition, long offset) {
    }

    public Position position() {
        return new Position(kafkaPartition, kafkaOffset);
    }

    /**
     * Inserts the events, each read where {@code positions} says, in one statement; an event whose id or
     * (intervention, sequence) is taken is left out, so two deliveries racing each other cannot both get in.
     *
     * @param table      applied_event or parked_event
     * @param timeColumn the table's column for {@code at}
     */
    static void insertAll(String table, String timeColumn, List<LifecycleEvent> events, Map<UUID, Position> positions,
                          Instant at) {
        if (events.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + table
                + " (event_id, intervention_id, sequence, envelope, kafka_partition, kafka_offset, " + timeColumn + ")"
                + " SELECT v.*, CAST(:at AS timestamptz) FROM unnest(:eventIds, :interventionIds, :sequences, :envelopes,"
                + " :partitions, :offsets) AS v ON CONFLICT DO NOTHING";
        Panache.getEntityManager().createNativeQuery(insert)
                .setParameter("eventIds", events.stream().map(LifecycleEvent::eventId).toArray(UUID[]::new))
                .setParameter("interventionIds",
                        events.stream().map(LifecycleEvent::interventionId).toArray(UUID[]::new))
                .setParameter("sequences", events.stream().map(LifecycleEvent::sequence).toArray(Long[]::new))
                .setParameter("envelopes", events.stream().map(EventJson::write).toArray(String[]::new))
                .setParameter("partitions",
                        events.stream().map(event -> positions.get(event.eventId()).partition()).toArray(Integer[]::new))
                .setParameter("offsets",
                        events.stream().map(event -> positions.get(event.eventId()).offset()).toArray(Long[]::new))
                .setParameter("at", at)
                .executeUpdate();
    }
}
