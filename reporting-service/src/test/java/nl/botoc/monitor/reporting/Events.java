package nl.botoc.monitor.reporting;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.reporting.domain.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Lifecycle events of one intervention for tests, numbered in the order they are made, as registry numbers them. */
public final class Events {

    private final UUID interventionId;
    private final String municipality;
    private long sequence;

    private Events(UUID interventionId, String municipality) {
        this.interventionId = interventionId;
        this.municipality = municipality;
    }

    public static Events of(UUID interventionId, String municipality) {
        return new Events(interventionId, municipality);
    }

    public static InterventionDetails details(String code, String name, String... themes) {
        return new InterventionDetails(code, name, null, List.of(themes), themes.length == 1 ? themes[0] : null,
                null, null, null, null, null, null, null);
    }

    public LifecycleEvent planned(String date, DatePrecision precision, InterventionDetails details) {
        return next(date, precision, new LifecyclePayload.Planned(details));
    }

    public LifecycleEvent added(String date, DatePrecision precision, InterventionDetails details) {
        return next(date, precision, new LifecyclePayload.Added(details, "Later toegevoegd"));
    }

    public LifecycleEvent started(String date, DatePrecision precision) {
        return next(date, precision, new LifecyclePayload.Started("In de praktijk"));
    }

    public LifecycleEvent cancelled(String date, DatePrecision precision) {
        return next(date, precision, new LifecyclePayload.Cancelled("Geen uitvoerder gevonden"));
    }

    public LifecycleEvent completed(String date, DatePrecision precision) {
        return next(date, precision, new LifecyclePayload.Completed("Afgerond"));
    }

    public LifecycleEvent adjusted(String date, DatePrecision precision, InterventionDetails changes) {
        return next(date, precision, new LifecyclePayload.Adjusted(changes, "Bijgesteld"));
    }

    /** The event as reporting records it, at a made-up place in the log. */
    public static RecordedEvent recorded(LifecycleEvent event) {
        return new RecordedEvent(event, 0, event.sequence() * 10);
    }

    private LifecycleEvent next(String date, DatePrecision precision, LifecyclePayload payload) {
        sequence++;
        return new LifecycleEvent(UUID.randomUUID(), LifecycleEvent.CURRENT_SCHEMA_VERSION, interventionId,
                municipality, new OccurredAt(LocalDate.parse(date), precision),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence), sequence, null, null, payload);
    }
}
