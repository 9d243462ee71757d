package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One intervention's history as reporting received it: its lifecycle events and every scan revision. From it the
 * intervention is rebuilt as it stood on a past date (the peildatum):
 * <ul>
 *     <li>it exists on date D once its registering event has {@code occurred.date} ≤ D;</li>
 *     <li>its status on D follows from its events with {@code occurred.date} ≤ D. The date is the first day of the
 *     period the event's precision names, so an event known only as "2021" counts from 1 January 2021: the
 *     earliest day it may have happened. Events count in sequence order and only as an unbroken run from the
 *     first: an event dated on or before D that follows one dated after D counts from its predecessor's date on,
 *     because its state builds on its predecessor's;</li>
 *     <li>its classification on D is that of the latest scan revision (by lifecycle sequence, then evidence
 *     version) whose lifecycle sequence is at most that of its last event counted on D; none when reporting
 *     received no such revision (the scans topic is compacted, so a late reader may only have the latest).</li>
 * </ul>
 */
public final class InterventionHistory {

    private static final Comparator<InterventionScan> REVISION_ORDER = Comparator
            .comparingLong(InterventionScan::lifecycleSequence).thenComparingLong(InterventionScan::evidenceVersion);

    private final UUID interventionId;
    private final List<RecordedEvent> events;
    private final List<InterventionScan> revisions;

    private InterventionHistory(UUID interventionId, List<RecordedEvent> events, List<InterventionScan> revisions) {
        this.interventionId = interventionId;
        this.events = events;
        this.revisions = revisions;
    }

    /** The events in sequence order (one per sequence) and the revisions in revision order, whatever order given. */
    public static InterventionHistory of(UUID interventionId, Collection<RecordedEvent> events,
                                         Collection<InterventionScan> revisions) {
        Map<Long, RecordedEvent> bySequence = events.stream().collect(Collectors.toMap(
                RecordedEvent::sequence, Function.identity(), (first, repeated) -> first, TreeMap::new));
        return new InterventionHistory(interventionId, List.copyOf(bySequence.values()),
                revisions.stream().sorted(REVISION_ORDER).toList());
    }

    /** The municipality that owns it: the one its events name (the consumers refuse any other), else its scans'. */
    public String municipality() {
        return events.stream().map(recorded -> recorded.event().municipality()).findFirst()
                .orElseGet(() -> revisions.get(0).municipality());
    }

    /** The history of every intervention named in the events or the revisions. */
    public static List<InterventionHistory> allOf(Collection<RecordedEvent> events,
                                                  Collection<InterventionScan> revisions) {
        Map<UUID, List<RecordedEvent>> eventsById = events.stream()
                .collect(Collectors.groupingBy(recorded -> recorded.event().interventionId()));
        Map<UUID, List<InterventionScan>> revisionsById = revisions.stream()
                .collect(Collectors.groupingBy(InterventionScan::interventionId));
        return Stream.concat(eventsById.keySet().stream(), revisionsById.keySet().stream())
                .distinct()
                .map(id -> of(id, eventsById.getOrDefault(id, List.of()), revisionsById.getOrDefault(id, List.of())))
                .toList();
    }

    public UUID interventionId() {
        return interventionId;
    }

    public List<RecordedEvent> events() {
        return events;
    }

    public List<InterventionScan> revisions() {
        return revisions;
    }

    /** The events that count on the date: the unbroken run from sequence 1 of events dated on or before it. */
    public List<RecordedEvent> eventsUntil(LocalDate date) {
        List<RecordedEvent> counted = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            if (recorded.sequence() != counted.size() + 1 || recorded.event().occurred().date().isAfter(date)) {
                break;
            }
            counted.add(recorded);
        }
        return counted;
    }

    /** The latest revision that reflects no event after the one with this sequence. */
    public Optional<InterventionScan> revisionAt(long sequence) {
        InterventionScan found = null;
        for (InterventionScan revision : revisions) {
            if (revision.lifecycleSequence() <= sequence) {
                found = revision;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The intervention as it stood on the date, as a scan; empty when it was not registered by then. */
    public Optional<InterventionScan> stateAt(LocalDate date) {
        List<RecordedEvent> counted = eventsUntil(date);
        return LifecycleState.after(counted).map(state -> asScan(state, counted.get(counted.size() - 1)));
    }

    private InterventionScan asScan(LifecycleState state, RecordedEvent last) {
        LifecycleEvent event = last.event();
        Optional<InterventionScan> revision = revisionAt(event.sequence());
        return new InterventionScan(interventionId, event.municipality(), state.details().code(),
                state.details().name(), state.status(), state.origin(), state.adjusted(), event.sequence(),
                last.partition(), last.offset(), revision.map(InterventionScan::evidenceVersion).orElse(0L),
                event.occurred(), revision.map(InterventionScan::derivedAt).orElse(null),
                revision.map(InterventionScan::classification).orElse(null),
                revision.map(InterventionScan::monitoring).orElse(null));
    }

    /** Every intervention as it stood on the date; those not registered by then are left out. */
    public static List<InterventionScan> stateAt(LocalDate date, Collection<InterventionHistory> histories) {
        return histories.stream()
                .map(history -> history.stateAt(date))
                .flatMap(Optional::stream)
                .toList();
    }
}
