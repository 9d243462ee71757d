package nl.botoc.monitor.scan.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.Instant;
import java.util.UUID;

/** A lifecycle event that has been applied to the scans: the record that makes applying it idempotent. */
@Entity
@Table(name = "applied_event")
public class AppliedEvent extends StoredEvent {

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Records the event as applied; false when it already was (or its sequence is taken): then nothing may change. */
    public static boolean record(LifecycleEvent event, int partition, long offset, Instant appliedAt) {
        return insertIfNew("applied_event", "applied_at", event, partition, offset, appliedAt) == 1;
    }

    /**
     * Moves the parked event with this sequence, if there is one and it names {@code owner}, into the applied events;
     * true when it did. An event parked before its intervention's registering event arrived could not be checked
     * against the owner then ({@code EventAdmission}); one that names another municipality stays parked, listed
     * under the gaps, until an event of its sequence is applied and discards it.
     */
    public static boolean recordParked(UUID interventionId, long sequence, String owner, Instant appliedAt) {
        return getEntityManager().createNativeQuery("""
                        WITH unparked AS (
                            DELETE FROM parked_event WHERE intervention_id = :interventionId AND sequence = :sequence
                                AND CAST(envelope AS jsonb) ->> 'municipality' = :owner
                            RETURNING event_id, intervention_id, sequence, envelope, kafka_partition, kafka_offset)
                        INSERT INTO applied_event
                            (event_id, intervention_id, sequence, envelope, kafka_partition, kafka_offset, applied_at)
                        SELECT event_id, intervention_id, sequence, envelope, kafka_partition, kafka_offset, :appliedAt
                        FROM unparked
                        ON CONFLICT DO NOTHING""")
                .setParameter("interventionId", interventionId)
                .setParameter("sequence", sequence)
                .setParameter("owner", owner)
                .setParameter("appliedAt", appliedAt)
                .executeUpdate() == 1;
    }
}
