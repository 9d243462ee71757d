package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.LifecycleStatus;

import java.util.Optional;

/** An event the lifecycle does not allow in the intervention's current status (DOMAIN.md, rule 3). */
public final class InvalidTransition extends RuntimeException {

    private final LifecycleStatus from;
    private final EventType type;

    /** @param from the current status; null when there is no intervention yet and {@code type} cannot register one */
    InvalidTransition(LifecycleStatus from, EventType type) {
        super(from == null
                ? "an intervention is registered by a planned or added event, not by " + type.wireName()
                : "a " + from.wireName() + " intervention cannot be " + type.wireName());
        this.from = from;
        this.type = type;
    }

    public Optional<LifecycleStatus> from() {
        return Optional.ofNullable(from);
    }

    public EventType type() {
        return type;
    }
}
