package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.scan.domain.Intake;
import nl.botoc.monitor.scan.domain.ScanState;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies lifecycle events to the stored scans: each event once, each intervention's events in sequence
 * order. A batch is applied in one transaction, in a fixed number of statements whatever its size: the
 * interventions are locked and their stored state read at once, {@link Intake} decides per intervention, the
 * applied and parked events are written in one statement each, and each changed scan is derived once from its
 * history and stored. The scan is derived under the evidence version current at that moment; should a change of
 * the evidence base commit meanwhile, the re-derivation finds this scan behind and brings it up to date.
 */
@ApplicationScoped
public class ScanProjection {

    private static final Logger LOG = Logger.getLogger(ScanProjection.class);

    /** A readable event and where on Kafka it was read. */
    public record Delivered(LifecycleEvent event, int partition, long offset) {
    }

    /** What became of a batch: why each refused event (by its index in the batch) may not be applied; scans changed. */
    public record Outcome(Map<Integer, String> refusals, int scansChanged) {
    }

    @Inject
    AdvisoryLocks locks;

    @Inject
    EvidenceStore evidence;

    @Inject
    Clock clock;

    @Transactional
    public Outcome apply(List<Delivered> batch) {
        EvidenceBase current = evidence.current();
        Map<UUID, List<Integer>> byIntervention = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byIntervention.computeIfAbsent(batch.get(i).event().interventionId(), id -> new ArrayList<>()).add(i);
        }
        List<UUID> ids = List.copyOf(byIntervention.keySet());
        locks.lockInterventions(ids);
        Map<UUID, InterventionScanEntity.Applied> stored = InterventionScanEntity.appliedOf(ids);
        Map<UUID, List<ParkedEvent>> parked = ParkedEvent.of(ids).stream()
                .collect(Collectors.groupingBy(row -> row.interventionId));
        Set<UUID> appliedIds = AppliedEvent.alreadyApplied(
                batch.stream().map(delivered -> delivered.event().eventId()).toList());

        Map<UUID, StoredEvent.Position> positions = new HashMap<>();
        parked.values().forEach(rows -> rows.forEach(row -> positions.put(row.eventId, row.position())));
        batch.forEach(delivered -> positions.putIfAbsent(delivered.event().eventId(),
                new StoredEvent.Position(delivered.partition(), delivered.offset())));

        Map<Integer, String> refusals = new HashMap<>();
        Map<UUID, Intake> intakes = new LinkedHashMap<>();
        byIntervention.forEach((id, indexes) -> {
            InterventionScanEntity.Applied before = stored.get(id);
            Intake intake = new Intake(Optional.ofNullable(before).map(InterventionScanEntity.Applied::owner),
                    before == null ? 0 : before.lastSequence(),
                    parked.getOrDefault(id, List.of()).stream().map(ParkedEvent::event).toList(), appliedIds, current);
            indexes.forEach(i -> intake.take(batch.get(i).event()).ifPresent(reason -> refusals.put(i, reason)));
            intakes.put(id, intake);
        });
        Instant now = clock.instant();
        ParkedEvent.discard(intakes.values().stream().flatMap(intake -> intake.unparked().stream()).toList());
        AppliedEvent.recordAll(intakes.values().stream().flatMap(intake -> intake.applied().stream()).toList(),
                positions, now);
        List<LifecycleEvent> newlyParked = intakes.values().stream()
                .flatMap(intake -> intake.newlyParked().stream()).toList();
        ParkedEvent.parkAll(newlyParked, positions, now);
        newlyParked.forEach(event -> LOG.warnf("Parked event %d (%s) of intervention %s until the events before it "
                + "arrive; %d applied so far", event.sequence(), event.type().wireName(), event.interventionId(),
                intakes.get(event.interventionId()).lastApplied()));
        intakes.forEach((id, intake) -> {
            if (!intake.unparked().isEmpty()) {
                LOG.infof("%d parked events of intervention %s left the parking: applied now that their gap is "
                        + "closed, or discarded because other events took their sequence", intake.unparked().size(), id);
            }
        });
        return new Outcome(refusals, rederive(intakes, current, now));
    }

    /** Derives and stores the scan of every intervention that had events applied; how many that were. */
    private int rederive(Map<UUID, Intake> intakes, EvidenceBase current, Instant now) {
        List<UUID> changed = intakes.entrySet().stream().filter(entry -> !entry.getValue().applied().isEmpty())
                .map(Map.Entry::getKey).toList();
        List<InterventionScan> scans = new ArrayList<>();
        for (AppliedHistory history : AppliedHistory.of(changed)) {
            ScanState state = history.deriveUnder(current);
            scans.add(state.toScan(history.lastPartition(), history.lastOffset(), now));
            long previouslyApplied = intakes.get(history.interventionId()).previouslyApplied();
            state.rejectedSequences().stream().filter(sequence -> sequence > previouslyApplied).forEach(sequence ->
                    LOG.warnf("Event %d of intervention %s is an invalid lifecycle transition: kept, but it changes "
                            + "nothing in the scan", sequence, history.interventionId()));
        }
        InterventionScanEntity.saveAll(scans);
        return scans.size();
    }
}
