package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Goal;

import java.util.List;

/**
 * What the {@link MonitoringRules} need of an intervention's events besides its current details and status,
 * kept as the derivation folds them: a few fields rather than the events themselves.
 *
 * @param registeredGoals the goals of the registering (planned or added) event: the original ambition
 * @param started         when it went into practice; null while it has not
 * @param lastReport      when the last progress report (by sequence) happened; null while there is none
 */
public record MonitoringTrail(List<Goal> registeredGoals, OccurredAt started, OccurredAt lastReport) {

    public static final MonitoringTrail NONE = new MonitoringTrail(List.of(), null, null);

    public MonitoringTrail {
        registeredGoals = registeredGoals == null ? List.of() : List.copyOf(registeredGoals);
    }

    MonitoringTrail registeredWith(InterventionDetails details) {
        return new MonitoringTrail(details.measurableGoals(), started, lastReport);
    }

    MonitoringTrail startedOn(OccurredAt occurred) {
        return new MonitoringTrail(registeredGoals, occurred, lastReport);
    }

    MonitoringTrail reportedOn(OccurredAt occurred) {
        return new MonitoringTrail(registeredGoals, started, occurred);
    }
}
