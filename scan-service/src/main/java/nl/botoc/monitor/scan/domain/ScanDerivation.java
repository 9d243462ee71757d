package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scan of one intervention as a pure function of its lifecycle events and one evidence-base version. */
public final class ScanDerivation {

    private ScanDerivation() {
    }

    /**
     * @param events   the intervention's events in sequence order, starting with the one that registered it
     * @param evidence the evidence base to classify it under
     * @throws IllegalArgumentException when the events do not start with a registration
     */
    public static ScanState derive(List<LifecycleEvent> events, EvidenceBase evidence) {
        if (events.isEmpty() || !events.get(0).type().registers()) {
            throw new IllegalArgumentException("a scan is derived from events that start with a registration");
        }
        Fold fold = new Fold(null, null, null, false, List.of(), List.of(), MonitoringTrail.NONE);
        for (LifecycleEvent event : events) {
            fold = fold.apply(event);
        }
        LifecycleEvent first = events.get(0);
        LifecycleEvent last = events.get(events.size() - 1);
        return new ScanState(first.interventionId(), first.municipality(), fold.details, fold.status, fold.origin,
                fold.adjusted, fold.adjustedFields, fold.rejectedSequences, last.occurred(), last.sequence(),
                evidence.version(), ScanClassification.of(fold.details, fold.adjustedFields, fold.status,
                fold.origin, last.occurred(), evidence),
                MonitoringRules.assess(fold.details, fold.status, fold.trail));
    }

    /** The state after each event in turn. */
    private record Fold(InterventionDetails details, LifecycleStatus status, Origin origin, boolean adjusted,
                        List<String> adjustedFields, List<Long> rejectedSequences, MonitoringTrail trail) {

        Fold apply(LifecycleEvent event) {
            Optional<LifecycleStatus> next = Lifecycle.next(status, event.type());
            if (next.isEmpty()) {
                return rejecting(event.sequence());
            }
            Fold moved = new Fold(details, next.get(), origin, adjusted, adjustedFields, rejectedSequences, trail);
            LifecyclePayload payload = event.payload();
            // Java 17 has no pattern switch over the sealed payload. This switch expression over its type has no
            // default, so a new event type fails to compile here until it is handled; each cast follows the type.
            return switch (event.type()) {
                case PLANNED -> moved.registered(((LifecyclePayload.Planned) payload).details(), Origin.ORIGINAL_PLAN);
                case ADDED -> moved.registered(((LifecyclePayload.Added) payload).details(), Origin.ADDED);
                case ADJUSTED -> moved.adjustedBy(((LifecyclePayload.Adjusted) payload).changes());
                case STARTED -> moved.following(trail.startedOn(event.occurred()));
                case PROGRESS_REPORTED -> moved.following(trail.reportedOn(event.occurred()));
                case CANCELLED, COMPLETED -> moved;
            };
        }

        private Fold registered(InterventionDetails registered, Origin registeredAs) {
            return new Fold(registered, status, registeredAs, adjusted, adjustedFields, rejectedSequences,
                    trail.registeredWith(registered));
        }

        private Fold adjustedBy(InterventionDetails changes) {
            List<String> changed = AdjustedFields.union(adjustedFields, AdjustedFields.changedBy(details, changes));
            return new Fold(details.with(changes), status, origin, true, changed, rejectedSequences, trail);
        }

        private Fold following(MonitoringTrail followed) {
            return new Fold(details, status, origin, adjusted, adjustedFields, rejectedSequences, followed);
        }

        private Fold rejecting(long sequence) {
            List<Long> rejected = new ArrayList<>(rejectedSequences);
            rejected.add(sequence);
            return new Fold(details, status, origin, adjusted, adjustedFields, List.copyOf(rejected), trail);
        }
    }
}
