package nl.botoc.monitor.scan.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A lifecycle event that arrived before an earlier event of its intervention; applied once that one arrives. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends StoredEvent {

    @Column(name = "parked_at")
    public Instant parkedAt;

    /** Parks the events in one statement; a redelivery of an event already parked changes nothing. */
    public static void parkAll(List<LifecycleEvent> events, Map<UUID, Position> positions, Instant parkedAt) {
        insertAll("parked_event", "parked_at", events, positions, parkedAt);
    }

    /** The parked events of these interventions. */
    public static List<ParkedEvent> of(List<UUID> interventionIds) {
        return list("interventionId in ?1", interventionIds);
    }

    /** Drops these parked events: they were applied, or another event took their sequence. */
    public static void discard(List<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            delete("eventId in ?1", eventIds);
        }
    }

    /** Every parked event, grouped by intervention, in sequence order. */
    public static List<ParkedEvent> all() {
        return listAll(Sort.by("interventionId").and("sequence"));
    }
}
