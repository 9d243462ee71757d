package nl.botoc.monitor.registry.api;

import jakarta.validation.constraints.NotNull;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Added;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.registry.domain.DetailsRules;
import nl.botoc.monitor.registry.domain.LifecycleCommand;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Registers an intervention of a municipality. Its name is required; its theme, factor and method codes are
 * checked against the evidence base by the resource, as they are not known to the request itself.
 *
 * @param eventId chosen by the client to make a retry recognisable; a new one when left out
 * @param origin  original-plan (the default) or added
 * @param reason  why it was added; only for origin added
 */
@FollowsFieldRules
public record RegisterInterventionRequest(
        UUID eventId,
        Origin origin,
        @NotNull OccurredAt occurred,
        @NotNull InterventionDetails details,
        String reason) implements FieldRules {

    @Override
    public Map<String, String> brokenRules() {
        Map<String, String> broken = DetailsRules.brokenBy("details", details);
        if (details != null) {
            if (details.name() == null) {
                broken.put("details.name", "must not be blank");
            }
            broken.putAll(DetailsRules.primaryThemeBrokenBy("details", null, details));
        }
        if (reason != null && originOrDefault() != Origin.ADDED) {
            broken.put("reason", "only an added intervention gives a reason; the original plan needs none");
        }
        return broken;
    }

    LifecycleCommand toCommand(String actor) {
        LifecyclePayload payload = originOrDefault() == Origin.ADDED
                ? new Added(details, reason)
                : new Planned(details);
        return new LifecycleCommand(Objects.requireNonNullElseGet(eventId, UUID::randomUUID), occurred, payload,
                actor);
    }

    private Origin originOrDefault() {
        return Objects.requireNonNullElse(origin, Origin.ORIGINAL_PLAN);
    }
}
