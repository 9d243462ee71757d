package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.LifecycleEvent;

import java.util.Comparator;

/** A lifecycle event as reporting read it, with where it lies in the lifecycle log (for provenance). */
public record RecordedEvent(LifecycleEvent event, int partition, long offset) {

    public static final Comparator<RecordedEvent> BY_SEQUENCE = Comparator.comparingLong(e -> e.event().sequence());

    public long sequence() {
        return event.sequence();
    }
}
