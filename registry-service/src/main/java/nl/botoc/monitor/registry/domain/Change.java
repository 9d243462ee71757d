package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.LifecycleEvent;

/** An intervention as one event left it, together with that event: what the aggregate decides, what adapters store. */
public record Change(Intervention intervention, LifecycleEvent event) {
}
