package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Added;
import nl.botoc.monitor.contract.LifecyclePayload.Adjusted;
import nl.botoc.monitor.contract.LifecyclePayload.Cancelled;
import nl.botoc.monitor.contract.LifecyclePayload.Completed;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.LifecyclePayload.ProgressReported;
import nl.botoc.monitor.contract.LifecyclePayload.Started;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterventionTest {

    private static final String ACTOR = "gm0599-projectleider";
    private static final Instant REGISTERED = Instant.parse("2026-11-28T10:15:30Z");
    private static final Instant LATER = Instant.parse("2026-11-28T11:00:00Z");
    private static final OccurredAt SEPTEMBER_2020 = new OccurredAt(LocalDate.of(2020, 9, 1), DatePrecision.MONTH);
    private static final OccurredAt JANUARY_2022 = new OccurredAt(LocalDate.of(2022, 1, 1), DatePrecision.MONTH);
    private static final Goal COACHED = new Goal(GoalLevel.OUTPUT, "Jongeren begeleiden", new Indicator(
            "begeleide-jongeren", "Begeleide jongeren", "jongeren", Direction.HIGHER_IS_BETTER, null,
            List.of(new Target(Period.year(2021), BigDecimal.valueOf(60))), null));
    private static final InterventionDetails SCHOON_SCHIP = new InterventionDetails("ROT1", "Schoon Schip",
            "Aanpak", List.of("gedrag-identiteit"), "gedrag-identiteit", null, null, null, false, null, null,
            List.of(COACHED));
    private static final ProgressReported SIXTY_TWO = new ProgressReported(List.of(
            new Measurement("begeleide-jongeren", Period.year(2021), BigDecimal.valueOf(62), "jongeren")), "Gehaald.");

    @ParameterizedTest(name = "{0} intervention that is {1} becomes {2}")
    @CsvSource({
            "PLANNED, STARTED,   STARTED",
            "PLANNED, ADJUSTED,  PLANNED",
            "PLANNED, CANCELLED, CANCELLED",
            "STARTED, ADJUSTED,  STARTED",
            "STARTED, CANCELLED, CANCELLED",
            "STARTED, COMPLETED, COMPLETED",
            "PLANNED,   PROGRESS_REPORTED, PLANNED",
            "STARTED,   PROGRESS_REPORTED, STARTED",
            "COMPLETED, PROGRESS_REPORTED, COMPLETED",
            "CANCELLED, PROGRESS_REPORTED, CANCELLED"})
    void allowedEventLeadsToItsStatus(LifecycleStatus from, EventType type, LifecycleStatus expected) {
        Change change = in(from).handle(command(type), LATER);

        assertThat(change.intervention().status()).isEqualTo(expected);
        assertThat(change.intervention().version()).isEqualTo(3);
        assertThat(change.event().sequence()).isEqualTo(3);
        assertThat(change.event().type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "a {0} intervention cannot be {1}")
    @CsvSource({
            "PLANNED,   COMPLETED", "PLANNED,   PLANNED", "PLANNED,   ADDED",
            "STARTED,   STARTED", "STARTED,   PLANNED", "STARTED,   ADDED",
            "COMPLETED, STARTED", "COMPLETED, ADJUSTED", "COMPLETED, CANCELLED",
            "COMPLETED, COMPLETED", "COMPLETED, PLANNED", "COMPLETED, ADDED",
            "CANCELLED, STARTED", "CANCELLED, ADJUSTED", "CANCELLED, CANCELLED",
            "CANCELLED, COMPLETED", "CANCELLED, PLANNED", "CANCELLED, ADDED"})
    void forbiddenEventIsAnInvalidTransition(LifecycleStatus from, EventType type) {
        assertThatThrownBy(() -> in(from).handle(command(type), LATER))
                .isInstanceOfSatisfying(InvalidTransition.class, refusal -> {
                    assertThat(refusal.from()).contains(from);
                    assertThat(refusal.type()).isEqualTo(type);
                });
    }

    @Test
    void plannedRegistrationIsVersionOneOfTheOriginalPlan() {
        UUID id = UUID.randomUUID();
        LifecycleCommand command = new LifecycleCommand(UUID.randomUUID(), SEPTEMBER_2020, new Planned(SCHOON_SCHIP),
                ACTOR);

        Change registration = Intervention.register(id, "GM0599", command, REGISTERED);

        assertThat(registration.intervention()).isEqualTo(new Intervention(id, "GM0599", Origin.ORIGINAL_PLAN,
                LifecycleStatus.PLANNED, false, SCHOON_SCHIP, new Life(SEPTEMBER_2020, null), 1, REGISTERED,
                REGISTERED));
        assertThat(registration.event()).isEqualTo(new LifecycleEvent(command.eventId(),
                LifecycleEvent.CURRENT_SCHEMA_VERSION, id, "GM0599",
                SEPTEMBER_2020, REGISTERED, 1, null, ACTOR, new Planned(SCHOON_SCHIP)));
    }

    @Test
    void addedRegistrationIsPlannedButNotInTheOriginalPlan() {
        Added added = new Added(SCHOON_SCHIP, "Later toegevoegd.");

        Change registration = Intervention.register(UUID.randomUUID(), "GM0599",
                new LifecycleCommand(UUID.randomUUID(), SEPTEMBER_2020, added, ACTOR), REGISTERED);

        assertThat(registration.intervention().origin()).isEqualTo(Origin.ADDED);
        assertThat(registration.intervention().status()).isEqualTo(LifecycleStatus.PLANNED);
        assertThat(registration.event().payload()).isEqualTo(added);
    }

    @Test
    void onlyPlannedOrAddedRegister() {
        assertThatThrownBy(() -> Intervention.register(UUID.randomUUID(), "GM0599", command(EventType.STARTED),
                REGISTERED))
                .isInstanceOfSatisfying(InvalidTransition.class, refusal -> assertThat(refusal.from()).isEmpty());
    }

    @Test
    void adjustmentLaysItsChangesOverTheDetailsAndMarksTheInterventionAdjusted() {
        Adjusted rename = new Adjusted(InterventionDetails.named(null, "Bon Sjans"), "Nieuwe naam, zelfde aanpak.");

        Change change = in(LifecycleStatus.STARTED).handle(
                new LifecycleCommand(UUID.randomUUID(), SEPTEMBER_2020, rename, ACTOR), LATER);

        assertThat(change.intervention().details()).isEqualTo(SCHOON_SCHIP.with(rename.changes()));
        assertThat(change.intervention().details().code()).isEqualTo("ROT1");
        assertThat(change.intervention().adjusted()).isTrue();
    }

    @Test
    void laterEventKeepsRegistrationAndRecordsItsOwnTime() {
        LifecycleCommand start = command(EventType.STARTED);

        Change change = in(LifecycleStatus.PLANNED).handle(start, LATER);

        assertThat(change.intervention().registeredAt()).isEqualTo(REGISTERED);
        assertThat(change.intervention().updatedAt()).isEqualTo(LATER);
        assertThat(change.intervention().adjusted()).isFalse();
        assertThat(change.event().recordedAt()).isEqualTo(LATER);
        assertThat(change.event().eventId()).isEqualTo(start.eventId());
        assertThat(change.event().interventionId()).isEqualTo(change.intervention().id());
    }

    @Test
    void aCommandIsRecordedAsTheEventWithItsIdAndContent() {
        LifecycleCommand start = command(EventType.STARTED);
        LifecycleEvent recorded = in(LifecycleStatus.PLANNED).handle(start, LATER).event();

        assertThat(start.isRecordedAs(recorded)).isTrue();
        assertThat(new LifecycleCommand(start.eventId(), start.occurred(), start.payload(), "a colleague")
                .isRecordedAs(recorded)).isTrue();
        assertThat(new LifecycleCommand(start.eventId(), OccurredAt.onDay(LocalDate.of(2021, 1, 4)),
                start.payload(), ACTOR).isRecordedAs(recorded)).isFalse();
        assertThat(new LifecycleCommand(start.eventId(), start.occurred(), new Started("other note"), ACTOR)
                .isRecordedAs(recorded)).isFalse();
        assertThat(new LifecycleCommand(UUID.randomUUID(), start.occurred(), start.payload(), ACTOR)
                .isRecordedAs(recorded)).isFalse();
    }

    @Test
    void progressReportChangesNeitherStatusNorDetailsAndIsNoAdjustment() {
        Intervention started = in(LifecycleStatus.STARTED);

        Change change = started.handle(new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, SIXTY_TWO, ACTOR),
                LATER);

        assertThat(change.intervention().status()).isEqualTo(LifecycleStatus.STARTED);
        assertThat(change.intervention().details()).isEqualTo(SCHOON_SCHIP);
        assertThat(change.intervention().adjusted()).isFalse();
        assertThat(change.intervention().life()).isEqualTo(started.life());
        assertThat(change.event().payload()).isEqualTo(SIXTY_TWO);
    }

    @ParameterizedTest(name = "{0} ends its life on the date it happened")
    @CsvSource({"COMPLETED", "CANCELLED"})
    void endingEventEndsItsLife(EventType ending) {
        Change change = in(LifecycleStatus.STARTED).handle(
                new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, payloadOf(ending), ACTOR), LATER);

        assertThat(change.intervention().life()).isEqualTo(new Life(SEPTEMBER_2020, JANUARY_2022));
    }

    @Test
    void progressReportAfterTheEndKeepsTheDateItEnded() {
        Intervention completed = in(LifecycleStatus.COMPLETED);

        Change change = completed.handle(new LifecycleCommand(UUID.randomUUID(),
                OccurredAt.onDay(LocalDate.of(2022, 6, 1)), SIXTY_TWO, ACTOR), LATER);

        assertThat(change.intervention().life()).isEqualTo(completed.life());
    }

    @Test
    void progressReportThatDoesNotFitTheInterventionBreaksItsRules() {
        ProgressReported wrongUnit = new ProgressReported(List.of(
                new Measurement("begeleide-jongeren", Period.year(2021), BigDecimal.ONE, "%")), null);

        assertThatThrownBy(() -> in(LifecycleStatus.STARTED).handle(
                new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, wrongUnit, ACTOR), LATER))
                .isInstanceOfSatisfying(BrokenRules.class, refusal ->
                        assertThat(refusal.fields()).containsOnlyKeys("measurements[0].unit"));
    }

    @Test
    void contentIsJudgedOnlyOnceTheLifecycleAllowsTheEvent() {
        ProgressReported unknown = new ProgressReported(List.of(
                new Measurement("onbekend", Period.year(2021), BigDecimal.ONE, "jongeren")), null);
        Adjusted droppingThePrimaryTheme = new Adjusted(Details.themes("werk-opleiding"), null);

        assertThatThrownBy(() -> in(LifecycleStatus.STARTED).handle(
                new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, unknown, ACTOR), LATER))
                .isInstanceOf(BrokenRules.class);
        assertThatThrownBy(() -> in(LifecycleStatus.STARTED).handle(
                new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, droppingThePrimaryTheme, ACTOR), LATER))
                .isInstanceOfSatisfying(BrokenRules.class, refusal ->
                        assertThat(refusal.fields()).containsOnlyKeys("changes.themes"));
        assertThatThrownBy(() -> in(LifecycleStatus.COMPLETED).handle(
                new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, droppingThePrimaryTheme, ACTOR), LATER))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void settingGoalsIsAnAdjustmentOfTheGoalsAlone() {
        Goal lowered = new Goal(GoalLevel.OUTPUT, "Jongeren begeleiden", new Indicator("begeleide-jongeren",
                "Begeleide jongeren", "jongeren", Direction.HIGHER_IS_BETTER, null,
                List.of(new Target(Period.year(2021), BigDecimal.valueOf(40))), null));
        LifecycleCommand setting = LifecycleCommand.settingGoals(UUID.randomUUID(), JANUARY_2022, List.of(lowered),
                "Bijgesteld.", ACTOR);

        Change change = in(LifecycleStatus.STARTED).handle(setting, LATER);

        assertThat(change.event().payload()).isEqualTo(new Adjusted(new InterventionDetails(null, null, null, null,
                null, null, null, null, null, null, null, List.of(lowered)), "Bijgesteld."));
        assertThat(change.intervention().measurableGoals()).containsExactly(lowered);
        assertThat(change.intervention().details().name()).isEqualTo("Schoon Schip");
        assertThat(change.intervention().adjusted()).isTrue();
        assertThat(change.intervention().hasGoals(List.of(lowered))).isTrue();
        assertThat(in(LifecycleStatus.STARTED).hasGoals(List.of(lowered))).isFalse();
    }

    @Test
    void interventionWithoutGoalsHasNoneRatherThanNull() {
        Intervention without = new Intervention(UUID.randomUUID(), "GM0599", Origin.ORIGINAL_PLAN,
                LifecycleStatus.PLANNED, false, InterventionDetails.named("ROT1", "Schoon Schip"),
                new Life(SEPTEMBER_2020, null), 1, REGISTERED, REGISTERED);

        assertThat(without.measurableGoals()).isEmpty();
        assertThat(without.hasGoals(List.of())).isTrue();
    }

    /**
     * An intervention at version 2 with the given status, as if an earlier event had brought it there: registered in
     * September 2020, and when ended, ended in December 2021.
     */
    private static Intervention in(LifecycleStatus status) {
        OccurredAt ended = status == LifecycleStatus.COMPLETED || status == LifecycleStatus.CANCELLED
                ? new OccurredAt(LocalDate.of(2021, 12, 1), DatePrecision.MONTH)
                : null;
        return new Intervention(UUID.randomUUID(), "GM0599", Origin.ORIGINAL_PLAN, status, false, SCHOON_SCHIP,
                new Life(SEPTEMBER_2020, ended), 2, REGISTERED, REGISTERED);
    }

    private static LifecycleCommand command(EventType type) {
        return new LifecycleCommand(UUID.randomUUID(), JANUARY_2022, payloadOf(type), ACTOR);
    }

    private static LifecyclePayload payloadOf(EventType type) {
        return switch (type) {
            case PLANNED -> new Planned(SCHOON_SCHIP);
            case ADDED -> new Added(SCHOON_SCHIP, "Later toegevoegd.");
            case STARTED -> new Started("Eerste groep.");
            case ADJUSTED -> new Adjusted(InterventionDetails.named(null, "Bon Sjans"), null);
            case CANCELLED -> new Cancelled("Geen uitvoerder.");
            case COMPLETED -> new Completed("Afgerond.");
            case PROGRESS_REPORTED -> SIXTY_TWO;
        };
    }
}
