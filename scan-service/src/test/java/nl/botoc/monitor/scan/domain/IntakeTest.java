package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.LifecycleEvent;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.progressReported;
import static nl.botoc.monitor.scan.TestEvents.started;
import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static org.assertj.core.api.Assertions.assertThat;

class IntakeTest {

    private static final UUID ID = UUID.fromString("6f1c1a52-0000-4000-8000-0000000000aa");
    private static final String OWNER = "GM0363";
    private static final String OTHER = "GM0599";

    private final LifecycleEvent planned = event(ID, OWNER, 1, planned("AMS1", "Eerste"));
    private final LifecycleEvent started = event(ID, OWNER, 2, started());
    private final LifecycleEvent reported = event(ID, OWNER, 3, progressReported("deelnemers", 2021, "10", "personen"));

    @Test
    void eventsInOrderAreAppliedAndTheFirstNamesTheOwner() {
        Intake intake = fresh();

        assertThat(List.of(planned, started, reported)).allSatisfy(event -> assertThat(intake.take(event)).isEmpty());

        assertThat(intake.applied()).containsExactly(planned, started, reported);
        assertThat(intake.lastApplied()).isEqualTo(3);
        assertThat(intake.take(event(ID, OTHER, 4, started()))).get().asString().contains("not the owner");
    }

    @Test
    void redeliveredAndStaleEventsAreAppliedOnce() {
        Intake intake = fresh();

        List.of(planned, started, planned, started).forEach(intake::take);

        assertThat(intake.applied()).containsExactly(planned, started);
    }

    @Test
    void anEventAfterAGapWaitsUntilTheMissingOneArrivesInTheSameBatch() {
        Intake waiting = fresh();
        List.of(planned, reported).forEach(waiting::take);
        assertThat(waiting.applied()).containsExactly(planned);
        assertThat(waiting.newlyParked()).containsExactly(reported);

        Intake closing = fresh();
        List.of(planned, reported, started).forEach(closing::take);
        assertThat(closing.applied()).containsExactly(planned, started, reported);
        assertThat(closing.newlyParked()).isEmpty();
        assertThat(closing.unparked()).isEmpty();
    }

    @Test
    void aStoredParkedEventIsAppliedOnceItsGapClosesAndLeavesTheParking() {
        Intake intake = new Intake(Optional.of(OWNER), 1, List.of(reported), new HashSet<>(), baseline());

        intake.take(started);

        assertThat(intake.applied()).containsExactly(started, reported);
        assertThat(intake.unparked()).containsExactly(reported.eventId());
        assertThat(intake.previouslyApplied()).isEqualTo(1);
    }

    @Test
    void anotherMunicipalitysEventParkedBeforeTheRegistrationIsNeverAppliedAndIsDiscardedWhenItsSequenceIs() {
        LifecycleEvent foreign = event(ID, OTHER, 2, started());
        Intake intake = new Intake(Optional.empty(), 0, List.of(foreign), new HashSet<>(), baseline());

        intake.take(planned);
        assertThat(intake.applied()).containsExactly(planned);
        assertThat(intake.unparked()).isEmpty();

        intake.take(started);
        assertThat(intake.applied()).containsExactly(planned, started);
        assertThat(intake.unparked()).containsExactly(foreign.eventId());
    }

    @Test
    void anEventWhoseIdIsAppliedAlreadyChangesNothing() {
        Set<UUID> applied = new HashSet<>(Set.of(started.eventId()));
        Intake intake = new Intake(Optional.of(OWNER), 1, List.of(), applied, baseline());

        intake.take(started);

        assertThat(intake.applied()).isEmpty();
        assertThat(intake.lastApplied()).isEqualTo(1);
    }

    private static Intake fresh() {
        return new Intake(Optional.empty(), 0, List.of(), new HashSet<>(), baseline());
    }
}
