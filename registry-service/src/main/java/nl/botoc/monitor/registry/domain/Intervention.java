package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Added;
import nl.botoc.monitor.contract.LifecyclePayload.Adjusted;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;

import java.time.Instant;
import java.util.UUID;

/**
 * One intervention as its events have made it. Event-sourced: every state comes from {@link #register} or
 * {@link #handle}, which return it together with the event that records the change, so that the domain, not
 * an adapter, decides which events happen.
 *
 * @param version   the sequence of its last event: 1 after registration
 * @param adjusted  whether it was changed after the plan at least once
 * @param updatedAt when its last event was recorded
 */
public record Intervention(
        UUID id,
        String municipality,
        Origin origin,
        LifecycleStatus status,
        boolean adjusted,
        InterventionDetails details,
        long version,
        Instant registeredAt,
        Instant updatedAt) {

    /** A new intervention from a planned or added report; any other report is an {@link InvalidTransition}. */
    public static Change register(UUID id, String municipality, LifecycleCommand command, Instant now) {
        LifecyclePayload payload = command.payload();
        LifecycleStatus status = Lifecycle.registered(payload.type());
        Origin origin = payload instanceof Added ? Origin.ADDED : Origin.ORIGINAL_PLAN;
        Intervention registered = new Intervention(id, municipality, origin, status, false,
                registeredDetails(payload), 1, now, now);
        return new Change(registered, registered.lastEvent(command, now));
    }

    /** This intervention after the reported event, or an {@link InvalidTransition} if it may not happen now. */
    public Change handle(LifecycleCommand command, Instant now) {
        LifecyclePayload payload = command.payload();
        Intervention next = new Intervention(id, municipality, origin, Lifecycle.next(status, payload.type()),
                adjusted || payload instanceof Adjusted, detailsAfter(payload), version + 1, registeredAt, now);
        return new Change(next, next.lastEvent(command, now));
    }

    private LifecycleEvent lastEvent(LifecycleCommand command, Instant now) {
        return new LifecycleEvent(command.eventId(), LifecycleEvent.CURRENT_SCHEMA_VERSION, id, municipality,
                command.occurred(), now, version, null, null, command.payload());
    }

    private InterventionDetails detailsAfter(LifecyclePayload payload) {
        return payload instanceof Adjusted adjustment ? details.with(adjustment.changes()) : details;
    }

    private static InterventionDetails registeredDetails(LifecyclePayload payload) {
        return payload instanceof Planned planned ? planned.details() : ((Added) payload).details();
    }
}
