package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.LifecycleStatus;

import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;

/**
 * Rule 3 of DOMAIN.md: planned → started → completed; cancelled from planned or started; adjusted any number of
 * times while planned or started. Planned and added only register, so they never follow anything. Progress may be
 * reported in any status, also after the end (a final figure often comes later), and changes none.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    /** The status after {@code type} happened to an intervention that was {@code current}. */
    static LifecycleStatus next(LifecycleStatus current, EventType type) {
        return switch (type) {
            case STARTED -> allowedIf(current == PLANNED, current, type, STARTED);
            case ADJUSTED -> allowedIf(isOpen(current), current, type, current);
            case CANCELLED -> allowedIf(isOpen(current), current, type, CANCELLED);
            case COMPLETED -> allowedIf(current == STARTED, current, type, COMPLETED);
            case PROGRESS_REPORTED -> current;
            case PLANNED, ADDED -> throw new InvalidTransition(current, type);
        };
    }

    /** The status of a new intervention, when {@code type} registers one. */
    static LifecycleStatus registered(EventType type) {
        return allowedIf(type.registers(), null, type, PLANNED);
    }

    private static boolean isOpen(LifecycleStatus status) {
        return status == PLANNED || status == STARTED;
    }

    /** Whether {@code status} is an end: nothing but progress reports may follow it. */
    static boolean isEnded(LifecycleStatus status) {
        return status == COMPLETED || status == CANCELLED;
    }

    private static LifecycleStatus allowedIf(boolean allowed, LifecycleStatus current, EventType type,
                                             LifecycleStatus next) {
        if (!allowed) {
            throw new InvalidTransition(current, type);
        }
        return next;
    }
}
