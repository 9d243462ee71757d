package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.contract.Origin.ADDED;
import static nl.botoc.monitor.contract.Origin.ORIGINAL_PLAN;
import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static nl.botoc.monitor.scan.TestEvidence.baselineAt;
import static nl.botoc.monitor.scan.TestGoals.COACHED;
import static nl.botoc.monitor.scan.TestEvents.added;
import static nl.botoc.monitor.scan.TestEvents.cancelled;
import static nl.botoc.monitor.scan.TestEvents.completed;
import static nl.botoc.monitor.scan.TestEvents.history;
import static nl.botoc.monitor.scan.TestEvents.occurredAt;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.progressReported;
import static nl.botoc.monitor.scan.TestEvents.renamed;
import static nl.botoc.monitor.scan.TestEvents.rethemed;
import static nl.botoc.monitor.scan.TestEvents.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScanDerivationTest {

    private static final UUID ROT1 = UUID.fromString("5f1c2a8e-7b0d-4c39-8d1e-2a4b6c8d0e10");

    private static final List<String> NONE = List.of();
    private static final List<String> NAME = List.of("name");
    private static final List<String> THEMES = List.of("themes", "primaryTheme");
    private static final List<String> NAME_AND_THEMES = List.of("name", "themes", "primaryTheme");

    /** One row per lifecycle rule: the history, then status, origin, adjusted, adjusted fields, rejected sequences. */
    static Stream<Arguments> histories() {
        return Stream.of(
                row("planned", List.of(planned("ROT1", "Schoon Schip")), PLANNED, ORIGINAL_PLAN, false, NONE),
                row("added", List.of(added("ROT9", "Ouderavonden")), PLANNED, ADDED, false, NONE),
                row("planned, started", List.of(planned("ROT1", "Schoon Schip"), started()),
                        STARTED, ORIGINAL_PLAN, false, NONE),
                row("added, started, completed", List.of(added("ROT9", "Ouderavonden"), started(), completed()),
                        COMPLETED, ADDED, false, NONE),
                row("cancelled while planned", List.of(planned("EIN3", "Wijkaanpak"), cancelled()),
                        CANCELLED, ORIGINAL_PLAN, false, NONE),
                row("cancelled while started", List.of(planned("EIN3", "Wijkaanpak"), started(), cancelled()),
                        CANCELLED, ORIGINAL_PLAN, false, NONE),
                row("renamed while planned", List.of(planned("ROT1", "Schoon Schip"), renamed("Bon Sjans")),
                        PLANNED, ORIGINAL_PLAN, true, NAME),
                row("renamed twice while started",
                        List.of(planned("ROT1", "Schoon Schip"), started(), renamed("Bon Sjans"), renamed("BS")),
                        STARTED, ORIGINAL_PLAN, true, NAME),
                row("themes changed", List.of(planned("ROT1", "Schoon Schip"), rethemed("werk-opleiding")),
                        PLANNED, ORIGINAL_PLAN, true, THEMES),
                row("renamed, then themes changed",
                        List.of(planned("ROT1", "Schoon Schip"), renamed("Bon Sjans"), rethemed("werk-opleiding")),
                        PLANNED, ORIGINAL_PLAN, true, NAME_AND_THEMES),
                row("themes changed, then renamed",
                        List.of(planned("ROT1", "Schoon Schip"), rethemed("werk-opleiding"), renamed("Bon Sjans")),
                        PLANNED, ORIGINAL_PLAN, true, NAME_AND_THEMES),
                row("renamed to the name it has: adjusted, nothing changed",
                        List.of(planned("ROT1", "Schoon Schip"), renamed("Schoon Schip")),
                        PLANNED, ORIGINAL_PLAN, true, NONE),
                row("completed without starting is rejected", List.of(planned("ROT1", "Schoon Schip"), completed()),
                        PLANNED, ORIGINAL_PLAN, false, NONE, 2L),
                row("registered twice: the second is rejected",
                        List.of(planned("ROT1", "Schoon Schip"), added("ROT1", "Ander")),
                        PLANNED, ORIGINAL_PLAN, false, NONE, 2L),
                row("started again after completion is rejected",
                        List.of(planned("ROT1", "Schoon Schip"), started(), completed(), started()),
                        COMPLETED, ORIGINAL_PLAN, false, NONE, 4L),
                row("progress reported while planned: not an adjustment",
                        List.of(planned("ROT1", "Schoon Schip"), progressReported(COACHED, 2021, "10", "jongeren")),
                        PLANNED, ORIGINAL_PLAN, false, NONE),
                row("progress reported after completion keeps it completed",
                        List.of(planned("ROT1", "Schoon Schip"), started(), completed(),
                                progressReported(COACHED, 2021, "62", "jongeren")),
                        COMPLETED, ORIGINAL_PLAN, false, NONE),
                row("progress reported after cancellation keeps it cancelled",
                        List.of(planned("EIN3", "Wijkaanpak"), cancelled(),
                                progressReported(COACHED, 2021, "3", "jongeren")),
                        CANCELLED, ORIGINAL_PLAN, false, NONE),
                row("adjusted after cancellation is rejected",
                        List.of(planned("EIN3", "Wijkaanpak"), cancelled(), renamed("Anders"), completed()),
                        CANCELLED, ORIGINAL_PLAN, false, NONE, 3L, 4L));
    }

    private static Arguments row(String name, List<LifecyclePayload> payloads, LifecycleStatus status,
                                 Origin origin, boolean adjusted, List<String> adjustedFields, Long... rejected) {
        return arguments(name, payloads, status, origin, adjusted, adjustedFields, List.of(rejected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void historyDerivesStatusOriginAndAdjustments(String name, List<LifecyclePayload> payloads,
                                                  LifecycleStatus status, Origin origin, boolean adjusted,
                                                  List<String> adjustedFields, List<Long> rejected) {
        ScanState state = ScanDerivation.derive(history(ROT1, payloads.toArray(LifecyclePayload[]::new)), baseline());

        assertThat(state.status()).isEqualTo(status);
        assertThat(state.origin()).isEqualTo(origin);
        assertThat(state.adjusted()).isEqualTo(adjusted);
        assertThat(state.adjustedFields()).isEqualTo(adjustedFields);
        assertThat(state.rejectedSequences()).isEqualTo(rejected);
    }

    @Test
    void nameIsTheLatestAfterRenamesAndTheRestIsKept() {
        ScanState state = ScanDerivation.derive(history(ROT1,
                planned("ROT1", "Schoon Schip"), renamed("Bon Sjans"), renamed("Bon Sjans!")), baseline());

        assertThat(state.details().name()).isEqualTo("Bon Sjans!");
        assertThat(state.details().code()).isEqualTo("ROT1");
        assertThat(state.details().themes()).containsExactly("gedrag-identiteit");
    }

    @Test
    void theLastEventGivesSequenceAndOccurrenceAndTheFirstTheMunicipality() {
        ScanState state = ScanDerivation.derive(history(ROT1, planned("ROT1", "Schoon Schip"), started(),
                completed()), baselineAt(3));

        assertThat(state.interventionId()).isEqualTo(ROT1);
        assertThat(state.municipality()).isEqualTo("GM0599");
        assertThat(state.lifecycleSequence()).isEqualTo(3);
        assertThat(state.lastOccurred()).isEqualTo(occurredAt(3));
        assertThat(state.evidenceVersion()).isEqualTo(3);
    }

    @Test
    void scanSaysWhereItsLastEventWasReadAndWhenItWasDerived() {
        Instant derivedAt = Instant.parse("2026-02-03T04:05:06Z");

        ScanState state = ScanDerivation.derive(history(ROT1, planned("ROT1", "Schoon Schip"), started()), baseline());

        InterventionScan scan = state.toScan(4, 17, derivedAt);

        assertThat(scan).isEqualTo(new InterventionScan(ROT1, "GM0599", "ROT1", "Schoon Schip", STARTED,
                ORIGINAL_PLAN, false, 2, 4, 17, 1, occurredAt(2), derivedAt, state.classification(),
                state.monitoring()));
    }

    @Test
    void historyThatDoesNotStartWithARegistrationIsNotDerived() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScanDerivation.derive(List.of(), baseline()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScanDerivation.derive(history(ROT1, started()), baseline()));
    }

    /** The golden scan predates classification and monitoring, so everything else must match it. */
    @Test
    void goldenLifecycleFixturesDeriveTheGoldenScan() {
        List<LifecycleEvent> events = Stream.of("planned", "started", "adjusted")
                .map(type -> EventJson.readLifecycleEvent(GoldenFixtures.read("lifecycle/" + type + ".json")))
                .toList();
        InterventionScan golden = EventJson.readScan(GoldenFixtures.read("scans/scan.json"));

        InterventionScan derived = ScanDerivation.derive(events, baselineAt(golden.evidenceVersion()))
                .toScan(golden.lifecyclePartition(), golden.lifecycleOffset(), golden.derivedAt());

        assertThat(derived).usingRecursiveComparison().ignoringFields("classification", "monitoring")
                .isEqualTo(golden);
        assertThat(derived.classification()).isNotNull();
        assertThat(derived.monitoring()).isNotNull();
    }
}
