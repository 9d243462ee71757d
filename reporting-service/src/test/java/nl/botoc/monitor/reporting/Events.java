package nl.botoc.monitor.reporting;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Baseline;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;
import nl.botoc.monitor.reporting.domain.RecordedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    public LifecycleEvent progressReported(String date, DatePrecision precision, String note,
                                           Measurement... measurements) {
        return next(date, precision, new LifecyclePayload.ProgressReported(List.of(measurements), note));
    }

    /** Details that hold only these goals: for an adjustment of the goals, or to lay over {@link #details}. */
    public static InterventionDetails goals(Goal... goals) {
        return new InterventionDetails(null, null, null, null, null, null, null, null, null, null, null,
                List.of(goals));
    }

    /** A goal whose indicator counts upwards in {@code unit}, with a target per year given as year, value pairs. */
    public static Goal goal(GoalLevel level, String code, String name, String unit, int... yearsAndTargets) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i + 1 < yearsAndTargets.length; i += 2) {
            targets.add(new Target(Period.year(yearsAndTargets[i]), BigDecimal.valueOf(yearsAndTargets[i + 1])));
        }
        return new Goal(level, "Doel: " + name, new Indicator(code, name, unit, Direction.HIGHER_IS_BETTER,
                new Baseline(BigDecimal.ZERO, LocalDate.of(2020, 9, 1)), targets, "Registratie"));
    }

    public static Measurement measured(String indicator, int year, int value, String unit) {
        return new Measurement(indicator, Period.year(year), BigDecimal.valueOf(value), unit);
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
