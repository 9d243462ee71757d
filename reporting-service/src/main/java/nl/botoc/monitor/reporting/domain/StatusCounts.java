package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;

import java.util.Collection;

/** How many interventions stand at each lifecycle status. */
public record StatusCounts(int planned, int started, int completed, int cancelled) {

    public static StatusCounts of(Collection<InterventionScan> scans) {
        EnumTally<LifecycleStatus> counts =
                EnumTally.of(scans.stream().map(InterventionScan::status), LifecycleStatus.class);
        return new StatusCounts(
                counts.count(LifecycleStatus.PLANNED),
                counts.count(LifecycleStatus.STARTED),
                counts.count(LifecycleStatus.COMPLETED),
                counts.count(LifecycleStatus.CANCELLED));
    }
}
