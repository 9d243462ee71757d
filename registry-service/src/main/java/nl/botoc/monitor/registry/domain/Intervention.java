package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Added;
import nl.botoc.monitor.contract.LifecyclePayload.Adjusted;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.LifecyclePayload.ProgressReported;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.monitoring.Goal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One intervention as its events have made it. Event-sourced: every state comes from {@link #register} or
 * {@link #handle}, which return it together with the event that records the change, so that the domain, not
 * an adapter, decides which events happen.
 *
 * @param adjusted  whether it was changed after the plan at least once
 * @param life      when it was registered and, once it is, ended: the dates progress may be reported over
 * @param version   the sequence of its last event: 1 after registration
 * @param updatedAt when its last event was recorded
 */
public record Intervention(
        UUID id,
        String municipality,
        Origin origin,
        LifecycleStatus status,
        boolean adjusted,
        InterventionDetails details,
        Life life,
        long version,
        Instant registeredAt,
        Instant updatedAt) {

    /** A new intervention from a planned or added report; any other report is an {@link InvalidTransition}. */
    public static Change register(UUID id, String municipality, LifecycleCommand command, Instant now) {
        LifecyclePayload payload = command.payload();
        LifecycleStatus status = Lifecycle.registered(payload.type());
        Origin origin = payload instanceof Added ? Origin.ADDED : Origin.ORIGINAL_PLAN;
        Intervention registered = new Intervention(id, municipality, origin, status, false,
                registeredDetails(payload), Life.registeredOn(command.occurred()), 1, now, now);
        return new Change(registered, registered.lastEvent(command, now));
    }

    /**
     * This intervention after the reported event; an {@link InvalidTransition} if it may not happen now, or
     * {@link BrokenRules} if its content does not fit the intervention (judged only once the lifecycle allows it).
     */
    public Change handle(LifecycleCommand command, Instant now) {
        LifecyclePayload payload = command.payload();
        LifecycleStatus next = Lifecycle.next(status, payload.type());
        requireRulesKeptBy(command);
        Intervention after = new Intervention(id, municipality, origin, next, adjusted || payload instanceof Adjusted,
                detailsAfter(payload), lifeAfter(next, command), version + 1, registeredAt, now);
        return new Change(after, after.lastEvent(command, now));
    }

    /** Its measurable goals; empty when it has none. */
    public List<Goal> measurableGoals() {
        return Objects.requireNonNullElse(details.measurableGoals(), List.of());
    }

    /** Whether {@code goals} are the ones it has: setting them again would change nothing, so records nothing. */
    public boolean hasGoals(List<Goal> goals) {
        return measurableGoals().equals(goals);
    }

    private void requireRulesKeptBy(LifecycleCommand command) {
        LifecyclePayload payload = command.payload();
        if (payload instanceof Adjusted adjustment && adjustment.changes() != null) {
            // Whether the primary theme is among the themes depends on both the changes and what they change.
            throwIfBroken("The changes break a rule of the intervention's details.",
                    DetailsRules.primaryThemeBrokenBy("changes", details, adjustment.changes()));
        } else if (payload instanceof ProgressReported report) {
            throwIfBroken("The progress report does not fit the intervention's indicators or its life.",
                    ProgressRules.brokenAgainst(measurableGoals(), life, command.occurred(), report.measurements()));
        }
    }

    private static void throwIfBroken(String summary, Map<String, String> broken) {
        if (!broken.isEmpty()) {
            throw new BrokenRules(summary, broken);
        }
    }

    private LifecycleEvent lastEvent(LifecycleCommand command, Instant now) {
        return new LifecycleEvent(command.eventId(), LifecycleEvent.CURRENT_SCHEMA_VERSION, id, municipality,
                command.occurred(), now, version, null, command.actor(), command.payload());
    }

    /** Its life ends with the event that completes or cancels it; a progress report after that leaves it so. */
    private Life lifeAfter(LifecycleStatus next, LifecycleCommand command) {
        return Lifecycle.isEnded(next) && !Lifecycle.isEnded(status) ? life.endedOn(command.occurred()) : life;
    }

    private InterventionDetails detailsAfter(LifecyclePayload payload) {
        return payload instanceof Adjusted adjustment ? details.with(adjustment.changes()) : details;
    }

    private static InterventionDetails registeredDetails(LifecyclePayload payload) {
        return payload instanceof Planned planned ? planned.details() : ((Added) payload).details();
    }
}
