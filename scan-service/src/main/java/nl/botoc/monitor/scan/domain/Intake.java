package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What becomes of one intervention's events taken in one go, starting from what is stored: which are refused
 * ({@link EventAdmission}), which are applied (in sequence order, with parked successors once their gap closes),
 * which wait parked behind a missing one, and which stored parked events leave the parking (applied, or discarded
 * because an event of their sequence was applied instead). Deciding a whole batch in memory lets the adapter
 * read and write it in a few statements instead of several per event.
 */
public final class Intake {

    private final EvidenceBase evidence;
    private final Set<UUID> appliedIds;
    private final long previouslyApplied;
    private final TreeMap<Long, LifecycleEvent> parked = new TreeMap<>();
    private final Set<UUID> storedParked;
    private final List<LifecycleEvent> applied = new ArrayList<>();
    private final List<UUID> unparked = new ArrayList<>();
    private Optional<String> owner;
    private long lastApplied;

    /**
     * @param owner       the municipality the stored registering event named; empty while none was applied
     * @param lastApplied the last sequence applied, 0 when none was
     * @param parked      the intervention's stored parked events
     * @param appliedIds  ids of events applied to any intervention, as far as this batch is concerned; an event
     *                    whose id is taken is not applied again. Events applied here are added to it.
     */
    public Intake(Optional<String> owner, long lastApplied, Collection<LifecycleEvent> parked, Set<UUID> appliedIds,
                  EvidenceBase evidence) {
        this.owner = owner;
        this.lastApplied = lastApplied;
        this.previouslyApplied = lastApplied;
        this.appliedIds = appliedIds;
        this.evidence = evidence;
        parked.forEach(event -> this.parked.putIfAbsent(event.sequence(), event));
        this.storedParked = Set.copyOf(parked.stream().map(LifecycleEvent::eventId).toList());
    }

    /** Takes the next event of the intervention as it arrived; why it may not be applied, empty when it may. */
    public Optional<String> take(LifecycleEvent event) {
        Optional<String> refusal = EventAdmission.refusal(event, owner, evidence);
        if (refusal.isPresent()) {
            return refusal;
        }
        switch (Arrival.of(event.sequence(), lastApplied)) {
            case ALREADY_APPLIED -> { }
            case AFTER_GAP -> parked.putIfAbsent(event.sequence(), event);
            case NEXT -> applyWithParkedSuccessors(event);
        }
        return Optional.empty();
    }

    private void applyWithParkedSuccessors(LifecycleEvent event) {
        if (!apply(event)) {
            return;
        }
        LifecycleEvent successor = parked.get(lastApplied + 1);
        // A successor parked before the registration arrived was not checked against the owner: it must name it.
        while (successor != null && successor.municipality().equals(event.municipality())) {
            leaveParking(successor);
            if (!apply(successor)) {
                break;
            }
            successor = parked.get(lastApplied + 1);
        }
        parked.headMap(lastApplied, true).values().stream().toList().forEach(this::leaveParking);
    }

    private boolean apply(LifecycleEvent event) {
        if (!appliedIds.add(event.eventId())) {
            return false;
        }
        applied.add(event);
        lastApplied = event.sequence();
        owner = owner.or(() -> Optional.of(event.municipality()));
        return true;
    }

    private void leaveParking(LifecycleEvent event) {
        parked.remove(event.sequence());
        if (storedParked.contains(event.eventId())) {
            unparked.add(event.eventId());
        }
    }

    /** The events to record as applied, in sequence order. */
    public List<LifecycleEvent> applied() {
        return List.copyOf(applied);
    }

    /** The events that arrived in this batch and wait parked. */
    public List<LifecycleEvent> newlyParked() {
        return parked.values().stream().filter(event -> !storedParked.contains(event.eventId())).toList();
    }

    /** Ids of stored parked events that left the parking: applied now, or never applicable any more. */
    public List<UUID> unparked() {
        return List.copyOf(unparked);
    }

    public long previouslyApplied() {
        return previouslyApplied;
    }

    public long lastApplied() {
        return lastApplied;
    }
}
