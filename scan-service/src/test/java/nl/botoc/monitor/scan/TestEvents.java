package nl.botoc.monitor.scan;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.TargetGroup;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Lifecycle events and payloads for tests; event n of an intervention happened on day n of 2021. */
public final class TestEvents {

    private TestEvents() {
    }

    public static LifecycleEvent event(UUID interventionId, String municipality, long sequence,
                                       LifecyclePayload payload) {
        return new LifecycleEvent(UUID.randomUUID(), LifecycleEvent.CURRENT_SCHEMA_VERSION, interventionId,
                municipality, occurredAt(sequence), Instant.parse("2026-01-01T00:00:00Z"), sequence, null, null,
                payload);
    }

    /** The payloads as one intervention's events, numbered from 1. */
    public static List<LifecycleEvent> history(UUID interventionId, LifecyclePayload... payloads) {
        return IntStream.range(0, payloads.length)
                .mapToObj(i -> event(interventionId, "GM0599", i + 1, payloads[i]))
                .toList();
    }

    public static OccurredAt occurredAt(long sequence) {
        return OccurredAt.onDay(LocalDate.of(2021, 1, 1).plusDays(sequence - 1));
    }

    public static LifecyclePayload planned(String code, String name) {
        return new LifecyclePayload.Planned(details(code, name));
    }

    /** Planned with these themes (the first the primary one), method and pilot flag; no factors declared. */
    public static LifecyclePayload planned(String code, List<String> themes, String method, Boolean pilot) {
        return new LifecyclePayload.Planned(new InterventionDetails(code, "Interventie " + code, "Aanpak", themes,
                themes.isEmpty() ? null : themes.get(0), null, null, method, pilot, null, "Minder instroom", null));
    }

    /** Planned for young people of 12 to 23, with these measurable goals. */
    public static LifecyclePayload plannedWithGoals(String code, Goal... goals) {
        return new LifecyclePayload.Planned(detailsWithGoals(code, goals));
    }

    public static LifecyclePayload addedWithGoals(String code, Goal... goals) {
        return new LifecyclePayload.Added(detailsWithGoals(code, goals), "later toegevoegd");
    }

    /** An adjustment that replaces the measurable goals, as registry-service's goals endpoint records it. */
    public static LifecyclePayload goalsSetTo(Goal... goals) {
        return new LifecyclePayload.Adjusted(new InterventionDetails(null, null, null, null, null, null, null, null,
                null, null, null, List.of(goals)), "doelen bijgesteld");
    }

    public static LifecyclePayload progressReported(String indicator, int year, String value, String unit) {
        return new LifecyclePayload.ProgressReported(
                List.of(new Measurement(indicator, Period.year(year), new BigDecimal(value), unit)), "Op koers.");
    }

    public static LifecyclePayload added(String code, String name) {
        return new LifecyclePayload.Added(details(code, name), "later toegevoegd");
    }

    public static LifecyclePayload started() {
        return new LifecyclePayload.Started(null);
    }

    public static LifecyclePayload completed() {
        return new LifecyclePayload.Completed(null);
    }

    public static LifecyclePayload cancelled() {
        return new LifecyclePayload.Cancelled("geen uitvoerder");
    }

    public static LifecyclePayload renamed(String name) {
        return new LifecyclePayload.Adjusted(InterventionDetails.named(null, name), "nieuwe naam");
    }

    public static LifecyclePayload rethemed(String... themes) {
        return new LifecyclePayload.Adjusted(new InterventionDetails(null, null, null, List.of(themes), themes[0],
                null, null, null, null, null, null, null), "ander thema");
    }

    private static InterventionDetails detailsWithGoals(String code, Goal... goals) {
        return new InterventionDetails(code, "Interventie " + code, "Aanpak", List.of("gedrag-identiteit"),
                "gedrag-identiteit", null, null, null, false, new TargetGroup(12, 23, null), "Minder instroom",
                List.of(goals));
    }

    private static InterventionDetails details(String code, String name) {
        return new InterventionDetails(code, name, "Aanpak", List.of("gedrag-identiteit"), "gedrag-identiteit",
                null, null, null, false, null, "Minder instroom", null);
    }
}
