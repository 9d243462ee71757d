package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.reporting.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.DatePrecision.DAY;
import static nl.botoc.monitor.contract.DatePrecision.MONTH;
import static nl.botoc.monitor.contract.DatePrecision.QUARTER;
import static nl.botoc.monitor.contract.DatePrecision.YEAR;
import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.EvidenceLevel.ONGEFUNDEERD;
import static nl.botoc.monitor.reporting.Events.details;
import static nl.botoc.monitor.reporting.Events.recorded;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class InterventionHistoryTest {

    private static final UUID ID = UUID.randomUUID();

    /** Planned in Q3 2020, started in 2021, renamed on 1 March 2021, completed in December 2021. */
    private static List<LifecycleEvent> timeline() {
        Events events = Events.of(ID, "GM0363");
        return List.of(
                events.planned("2020-07-01", QUARTER, details("AMS1", "Schoon Schip", "gedrag-identiteit")),
                events.started("2021-01-01", YEAR),
                events.adjusted("2021-03-01", DAY, details("AMS1", "Bon Sjans")),
                events.completed("2021-12-01", MONTH));
    }

    static Stream<Arguments> states() {
        // date, status (null: not registered yet), origin, adjusted, name, last sequence counted
        return Stream.of(
                arguments("2020-06-30", null, null, false, null, 0),
                arguments("2020-07-01", LifecycleStatus.PLANNED, Origin.ORIGINAL_PLAN, false, "Schoon Schip", 1),
                arguments("2020-09-30", LifecycleStatus.PLANNED, Origin.ORIGINAL_PLAN, false, "Schoon Schip", 1),
                arguments("2020-12-31", LifecycleStatus.PLANNED, Origin.ORIGINAL_PLAN, false, "Schoon Schip", 1),
                arguments("2021-01-01", LifecycleStatus.STARTED, Origin.ORIGINAL_PLAN, false, "Schoon Schip", 2),
                arguments("2021-03-01", LifecycleStatus.STARTED, Origin.ORIGINAL_PLAN, true, "Bon Sjans", 3),
                arguments("2021-12-01", LifecycleStatus.COMPLETED, Origin.ORIGINAL_PLAN, true, "Bon Sjans", 4),
                arguments("2030-01-01", LifecycleStatus.COMPLETED, Origin.ORIGINAL_PLAN, true, "Bon Sjans", 4));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @MethodSource("states")
    void rebuildsTheStateOnADateFromTheEventsThatOccurredByThen(String date, LifecycleStatus status, Origin origin,
                                                                boolean adjusted, String name, long lastSequence) {
        InterventionHistory history = InterventionHistory.of(ID,
                timeline().stream().map(Events::recorded).toList(), List.of());

        Optional<InterventionScan> state = history.stateAt(LocalDate.parse(date));

        if (status == null) {
            assertThat(state).isEmpty();
            return;
        }
        assertThat(state).hasValueSatisfying(scan -> {
            assertThat(scan.status()).isEqualTo(status);
            assertThat(scan.origin()).isEqualTo(origin);
            assertThat(scan.adjusted()).isEqualTo(adjusted);
            assertThat(scan.name()).isEqualTo(name);
            assertThat(scan.code()).isEqualTo("AMS1");
            assertThat(scan.municipality()).isEqualTo("GM0363");
            assertThat(scan.lifecycleSequence()).isEqualTo(lastSequence);
            assertThat(scan.lifecycleOffset()).isEqualTo(lastSequence * 10);
        });
    }

    static Stream<Arguments> classifications() {
        // date, evidence level of the revision that holds then (null: none received), its evidence version
        return Stream.of(
                arguments("the revision of the registration", "2020-09-30", GEFUNDEERD, 1L),
                arguments("the newest evidence version of the same event", "2021-02-01", ERKEND, 2L),
                arguments("an older revision when none reflects the last event", "2021-06-01", ERKEND, 2L),
                arguments("the revision of the last event", "2022-01-01", ONGEFUNDEERD, 2L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classifications")
    void classifiesAsTheLatestRevisionThatReflectsNoLaterEvent(String rule, String date,
                                                               EvidenceLevel level, long evidenceVersion) {
        List<InterventionScan> revisions = List.of(
                revision(1, 1, GEFUNDEERD), revision(2, 1, GEFUNDEERD), revision(2, 2, ERKEND),
                revision(4, 2, ONGEFUNDEERD));
        InterventionHistory history = InterventionHistory.of(ID,
                timeline().stream().map(Events::recorded).toList(), revisions);

        InterventionScan state = history.stateAt(LocalDate.parse(date)).orElseThrow();

        assertThat(state.classification().evidenceLevel()).isEqualTo(level);
        assertThat(state.evidenceVersion()).isEqualTo(evidenceVersion);
    }

    @Test
    void withoutAnyRevisionTheStateIsUnclassified() {
        InterventionScan state = InterventionHistory.of(ID, timeline().stream().map(Events::recorded).toList(),
                List.of()).stateAt(LocalDate.parse("2021-06-01")).orElseThrow();

        assertThat(state.classification()).isNull();
        assertThat(state.evidenceVersion()).isZero();
    }

    @Test
    void anEventCountsOnlyOnceEveryEarlierOneDoes() {
        Events events = Events.of(ID, "GM0363");
        LifecycleEvent planned = events.planned("2020-07-01", QUARTER, details("X1", "X"));
        LifecycleEvent startedLate = events.started("2021-06-01", DAY);
        LifecycleEvent cancelledEarlier = events.cancelled("2021-01-01", DAY);
        InterventionHistory history = InterventionHistory.of(ID,
                List.of(recorded(cancelledEarlier), recorded(planned), recorded(startedLate)), List.of());

        assertThat(history.stateAt(LocalDate.parse("2021-03-01")).orElseThrow().status())
                .isEqualTo(LifecycleStatus.PLANNED);
        assertThat(history.stateAt(LocalDate.parse("2021-06-01")).orElseThrow().status())
                .isEqualTo(LifecycleStatus.CANCELLED);
    }

    @Test
    void aMissingEventStopsTheRun() {
        List<LifecycleEvent> all = timeline();
        InterventionHistory history = InterventionHistory.of(ID,
                List.of(recorded(all.get(0)), recorded(all.get(2)), recorded(all.get(3))), List.of());

        assertThat(history.stateAt(LocalDate.parse("2030-01-01")).orElseThrow().lifecycleSequence()).isEqualTo(1);
    }

    @Test
    void anAddedInterventionHasThatOrigin() {
        LifecycleEvent added = Events.of(ID, "GM0599").added("2021-01-01", YEAR, details("ROT-T1", "Pilot"));

        assertThat(InterventionHistory.of(ID, List.of(recorded(added)), List.of())
                .stateAt(LocalDate.parse("2021-01-01")).orElseThrow().origin()).isEqualTo(Origin.ADDED);
    }

    private static InterventionScan revision(long sequence, long evidenceVersion, EvidenceLevel level) {
        return aScan().id(ID).sequence(sequence).evidenceVersion(evidenceVersion)
                .classified(level, PREVENTIEF, "gedrag-identiteit").build();
    }
}
