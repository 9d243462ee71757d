package nl.botoc.monitor.registry.persistence;

import java.util.UUID;

/** Fired (CDI) in the transaction that stored an event, so that the relay can publish it once that commits. */
public record EventStored(UUID eventId) {
}
