package nl.botoc.monitor.scan.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lifecycle event that arrived before an earlier event of its intervention; applied once that one arrives. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends StoredEvent {

    @Column(name = "parked_at")
    public Instant parkedAt;

    /** Parks the event; a redelivery of an event already parked changes nothing. */
    public static void park(LifecycleEvent event, int partition, long offset, Instant parkedAt) {
        insertIfNew("parked_event", "parked_at", event, partition, offset, parkedAt);
    }

    /**
     * Drops parked events whose sequence has been applied since: another event took their place, so they can
     * never be applied. Returns how many were dropped.
     */
    public static long discardUpTo(UUID interventionId, long lastApplied) {
        return delete("interventionId = ?1 and sequence <= ?2", interventionId, lastApplied);
    }

    /** Every parked event, grouped by intervention, in sequence order. */
    public static List<ParkedEvent> all() {
        return listAll(Sort.by("interventionId").and("sequence"));
    }
}
