package nl.botoc.monitor.contract.monitoring;

import nl.botoc.monitor.contract.OccurredAt;

import java.time.LocalDate;
import java.util.List;

/**
 * How well an intervention can be followed (report chapter 4 and 5.3), derived by scan-service from its
 * events alone. Whether it has gone quiet depends on the day one looks, so the scan gives the day it becomes
 * quiet and the reader compares that with its own date.
 *
 * @param measurableOutputGoal at least one output-level goal whose indicator has a unit and a target
 * @param targetGroupDescribed the target group has a description or an age range
 * @param lastReport           when the last progress report happened; null when there is none
 * @param quietFrom            the first day on which it counts as quiet ("stil"): 90 days after the last report,
 *                             or after the start when there is none; null while no reports are due (not started,
 *                             or ended)
 * @param loweredTargets       targets that ask less than the original plan did
 * @param impactGoalsOnly      it has goals, and all of them are at impact level
 */
public record MonitoringQuality(
        boolean measurableOutputGoal,
        boolean targetGroupDescribed,
        OccurredAt lastReport,
        LocalDate quietFrom,
        List<LoweredTarget> loweredTargets,
        boolean impactGoalsOnly) {

    /** Days without a report after which an intervention in practice counts as quiet. */
    public static final int QUIET_AFTER_DAYS = 90;

    public boolean isQuietOn(LocalDate day) {
        return quietFrom != null && !day.isBefore(quietFrom);
    }
}
