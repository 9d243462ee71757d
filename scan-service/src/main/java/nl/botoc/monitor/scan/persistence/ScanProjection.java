package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.scan.domain.Arrival;
import nl.botoc.monitor.scan.domain.EventAdmission;
import nl.botoc.monitor.scan.domain.ScanState;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies lifecycle events to the stored scans: each event once, each intervention's events in sequence
 * order. Applying an event, recording that it was applied and storing the re-derived scan commit together.
 * The scan is derived under the evidence version current at that moment; should a change of the evidence
 * base commit meanwhile, the re-derivation finds this scan behind and brings it up to date.
 */
@ApplicationScoped
public class ScanProjection {

    private static final Logger LOG = Logger.getLogger(ScanProjection.class);

    /** What became of an event. */
    public enum Outcome { APPLIED, ALREADY_APPLIED, PARKED }

    @Inject
    AdvisoryLocks locks;

    @Inject
    EvidenceStore evidence;

    @Inject
    Clock clock;

    /** Why the event may not be applied ({@link EventAdmission}), judged against what is stored; empty when it may. */
    @Transactional
    public Optional<String> refusal(LifecycleEvent event) {
        return EventAdmission.refusal(event, InterventionScanEntity.ownerOf(event.interventionId()), evidence.current());
    }

    @Transactional
    public Outcome apply(LifecycleEvent event, int partition, long offset) {
        locks.lockIntervention(event.interventionId());
        long lastApplied = InterventionScanEntity.lastAppliedSequence(event.interventionId());
        return switch (Arrival.of(event.sequence(), lastApplied)) {
            case ALREADY_APPLIED -> Outcome.ALREADY_APPLIED;
            case AFTER_GAP -> park(event, partition, offset, lastApplied);
            case NEXT -> applyWithParkedSuccessors(event, partition, offset, lastApplied);
        };
    }

    private Outcome park(LifecycleEvent event, int partition, long offset, long lastApplied) {
        ParkedEvent.park(event, partition, offset, clock.instant());
        LOG.warnf("Parked event %d (%s) of intervention %s until event %d arrives; %d events parked in all",
                event.sequence(), event.type().wireName(), event.interventionId(), lastApplied + 1,
                ParkedEvent.count());
        return Outcome.PARKED;
    }

    private Outcome applyWithParkedSuccessors(LifecycleEvent event, int partition, long offset, long lastApplied) {
        UUID interventionId = event.interventionId();
        Instant now = clock.instant();
        if (!AppliedEvent.record(event, partition, offset, now)) {
            return Outcome.ALREADY_APPLIED;
        }
        long last = event.sequence();
        while (AppliedEvent.recordParked(interventionId, last + 1, event.municipality(), now)) {
            last++;
        }
        if (last > event.sequence()) {
            LOG.infof("Applied parked events %d to %d of intervention %s: the gap is closed",
                    event.sequence() + 1, last, interventionId);
        }
        long discarded = ParkedEvent.discardUpTo(interventionId, last);
        if (discarded > 0) {
            LOG.warnf("Discarded %d parked events of intervention %s: other events with their sequence were applied",
                    discarded, interventionId);
        }
        rederive(interventionId, lastApplied);
        return Outcome.APPLIED;
    }

    private void rederive(UUID interventionId, long previouslyApplied) {
        AppliedHistory history = AppliedHistory.of(interventionId);
        ScanState state = history.deriveUnder(evidence.current());
        InterventionScanEntity.save(state.toScan(history.lastPartition(), history.lastOffset(), clock.instant()));
        state.rejectedSequences().stream().filter(sequence -> sequence > previouslyApplied).forEach(sequence ->
                LOG.warnf("Event %d of intervention %s is an invalid lifecycle transition: kept, but it changes "
                        + "nothing in the scan", sequence, interventionId));
    }
}
