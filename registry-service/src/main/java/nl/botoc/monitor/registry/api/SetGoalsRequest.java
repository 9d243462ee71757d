package nl.botoc.monitor.registry.api;

import jakarta.validation.constraints.NotNull;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.registry.domain.GoalRules;
import nl.botoc.monitor.registry.domain.LifecycleCommand;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Sets all of an intervention's measurable goals at once; recorded as an adjustment of its goals alone.
 *
 * @param eventId         chosen by the client to make a retry recognisable; a new one when left out
 * @param occurred        when the goals were set or changed
 * @param measurableGoals the whole new list; [] removes every goal
 * @param reason          why they were set or changed
 */
@FollowsFieldRules
public record SetGoalsRequest(
        UUID eventId,
        @NotNull OccurredAt occurred,
        @NotNull List<Goal> measurableGoals,
        String reason) implements FieldRules {

    @Override
    public Map<String, String> brokenRules() {
        return GoalRules.brokenBy("measurableGoals", measurableGoals);
    }

    LifecycleCommand toCommand(String actor) {
        return LifecycleCommand.settingGoals(Objects.requireNonNullElseGet(eventId, UUID::randomUUID), occurred,
                measurableGoals, reason, actor);
    }
}
