package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;

import java.util.List;
import java.util.Optional;

/**
 * What an intervention's lifecycle events say about it after a run of them, folded in order: its status, its
 * origin, whether it was adjusted and its details with every adjustment laid over them. The scan says the same
 * for the latest event; this fold says it for any earlier one, which a past date needs.
 */
public record LifecycleState(LifecycleStatus status, Origin origin, boolean adjusted, InterventionDetails details) {

    /** The state after these events, from the first in sequence order; empty unless the first registers. */
    public static Optional<LifecycleState> after(List<RecordedEvent> events) {
        if (events.isEmpty() || !events.get(0).event().type().registers()) {
            return Optional.empty();
        }
        LifecycleState state = null;
        for (RecordedEvent recorded : events) {
            state = apply(state, recorded.event().payload());
        }
        return Optional.of(state);
    }

    /** Exhaustive over the event types: a new type does not compile until it says what it does to the state. */
    private static LifecycleState apply(LifecycleState state, LifecyclePayload payload) {
        return switch (payload.type()) {
            case PLANNED -> new LifecycleState(LifecycleStatus.PLANNED, Origin.ORIGINAL_PLAN, false,
                    ((LifecyclePayload.Planned) payload).details());
            case ADDED -> new LifecycleState(LifecycleStatus.PLANNED, Origin.ADDED, false,
                    ((LifecyclePayload.Added) payload).details());
            case STARTED -> state.withStatus(LifecycleStatus.STARTED);
            case COMPLETED -> state.withStatus(LifecycleStatus.COMPLETED);
            case CANCELLED -> state.withStatus(LifecycleStatus.CANCELLED);
            case ADJUSTED -> new LifecycleState(state.status, state.origin, true,
                    state.details.with(((LifecyclePayload.Adjusted) payload).changes()));
            case PROGRESS_REPORTED -> state;
        };
    }

    private LifecycleState withStatus(LifecycleStatus newStatus) {
        return new LifecycleState(newStatus, origin, adjusted, details);
    }
}
