package nl.botoc.monitor.scan.api;

import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.scan.persistence.ParkedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An event held back because an earlier event of its intervention has not arrived.
 *
 * @param sequence         the parked event's sequence
 * @param awaitingSequence the first missing sequence: events from here up to {@code sequence} are missing
 */
public record ParkedEventView(
        UUID eventId,
        UUID interventionId,
        String municipality,
        String type,
        long sequence,
        long awaitingSequence,
        int partition,
        long offset,
        Instant parkedAt) {

    static ParkedEventView of(ParkedEvent parked, long lastAppliedSequence) {
        LifecycleEvent event = parked.event();
        return new ParkedEventView(parked.eventId, parked.interventionId, event.municipality(),
                event.type().wireName(), parked.sequence, lastAppliedSequence + 1, parked.kafkaPartition,
                parked.kafkaOffset, parked.parkedAt);
    }
}
