package nl.botoc.monitor.registry.api;

import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.registry.domain.Intervention;

import java.util.List;

/** An intervention's measurable goals as the goals endpoint shows them: an empty list when it has none. */
public record InterventionGoals(List<Goal> measurableGoals) {

    static InterventionGoals of(Intervention intervention) {
        return new InterventionGoals(intervention.measurableGoals());
    }
}
