package nl.botoc.monitor.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the clients were told, per event: the invariant is checked against this and nothing else. An event is
 * acknowledged when registry answered 201/200 (with the intervention's version, which is the event's sequence),
 * refused when it answered with a definitive 4xx, and unknown when no answer came before the client gave up.
 */
final class Ledger {

    enum Outcome { ACKNOWLEDGED, REFUSED, UNKNOWN }

    record Entry(UUID eventId, UUID interventionId, String municipality, Outcome outcome, long sequence,
                 String name) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger serviceUnavailable = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();

    void acknowledged(UUID eventId, UUID interventionId, String municipality, long sequence, String name) {
        entries.put(eventId, new Entry(eventId, interventionId, municipality, Outcome.ACKNOWLEDGED, sequence, name));
        acknowledged.incrementAndGet();
    }

    void refused(UUID eventId, UUID interventionId, String municipality) {
        entries.put(eventId, new Entry(eventId, interventionId, municipality, Outcome.REFUSED, 0, null));
    }

    void unknown(UUID eventId, UUID interventionId, String municipality) {
        entries.put(eventId, new Entry(eventId, interventionId, municipality, Outcome.UNKNOWN, 0, null));
    }

    /** A 503 problem: the service said it could not take the request now (and the client retried). */
    void serviceUnavailable() {
        serviceUnavailable.incrementAndGet();
    }

    /** Any other 5xx: a defect, counted so that a scenario can demand none. */
    void serverError() {
        serverErrors.incrementAndGet();
    }

    /** The ledger as it is now, for judging what was acknowledged up to a moment. */
    Ledger copy() {
        Ledger copy = new Ledger();
        copy.entries.putAll(entries);
        return copy;
    }

    int acknowledgedCount() {
        return acknowledged.get();
    }

    int serviceUnavailableCount() {
        return serviceUnavailable.get();
    }

    int serverErrorCount() {
        return serverErrors.get();
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    List<Entry> with(Outcome outcome) {
        List<Entry> matching = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.outcome() == outcome) {
                matching.add(entry);
            }
        }
        return matching;
    }
}
