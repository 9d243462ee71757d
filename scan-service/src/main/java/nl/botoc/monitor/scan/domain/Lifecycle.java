package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.LifecycleStatus;

import java.util.Optional;

/**
 * The lifecycle rules: planned → started → completed, cancelled from planned or started, adjusted any
 * number of times while planned or started, progress reported in any status without changing it. Anything else
 * is an invalid transition. The same rules as registry-service's, which refuses what this would reject.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The status an event of {@code type} leads to from {@code from}, or empty when the transition is invalid.
     *
     * @param from the current status; null while the intervention is not registered yet
     */
    public static Optional<LifecycleStatus> next(LifecycleStatus from, EventType type) {
        boolean open = from == LifecycleStatus.PLANNED || from == LifecycleStatus.STARTED;
        return Optional.ofNullable(switch (type) {
            case PLANNED, ADDED -> from == null ? LifecycleStatus.PLANNED : null;
            case STARTED -> from == LifecycleStatus.PLANNED ? LifecycleStatus.STARTED : null;
            case ADJUSTED -> open ? from : null;
            case CANCELLED -> open ? LifecycleStatus.CANCELLED : null;
            case COMPLETED -> from == LifecycleStatus.STARTED ? LifecycleStatus.COMPLETED : null;
            case PROGRESS_REPORTED -> from;
        });
    }

    /** The contract numbers each intervention's events from 1, and only a registering event may be the first. */
    public static boolean sequenceFitsType(long sequence, EventType type) {
        return (sequence == 1) == type.registers();
    }
}
