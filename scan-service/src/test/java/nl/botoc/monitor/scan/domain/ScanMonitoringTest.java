package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.scan.TestEvents.addedWithGoals;
import static nl.botoc.monitor.scan.TestEvents.goalsSetTo;
import static nl.botoc.monitor.scan.TestEvents.history;
import static nl.botoc.monitor.scan.TestEvents.occurredAt;
import static nl.botoc.monitor.scan.TestEvents.plannedWithGoals;
import static nl.botoc.monitor.scan.TestEvents.progressReported;
import static nl.botoc.monitor.scan.TestEvents.started;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static nl.botoc.monitor.scan.TestGoals.COACHED;
import static nl.botoc.monitor.scan.TestGoals.lowered;
import static nl.botoc.monitor.scan.TestGoals.output;
import static nl.botoc.monitor.scan.TestGoals.target;
import static org.assertj.core.api.Assertions.assertThat;

/** What the derivation keeps of the events for the monitoring rules, and that every scan carries their verdict. */
class ScanMonitoringTest {

    private static final UUID ID = UUID.fromString("5f1c2a8e-7b0d-4c39-8d1e-2a4b6c8d0e30");

    @Test
    void lastReportBySequenceSetsTheFirstQuietDay() {
        MonitoringQuality monitoring = monitoringAfter(plannedWithGoals("ARN1", output(COACHED, target(2021, "60"))),
                started(), progressReported(COACHED, 2021, "30", "jongeren"),
                progressReported(COACHED, 2021, "62", "jongeren"));

        assertThat(monitoring.lastReport()).isEqualTo(occurredAt(4));
        assertThat(monitoring.quietFrom()).isEqualTo(occurredAt(4).date().plusDays(90));
    }

    @Test
    void startedWithoutReportIsQuietNinetyDaysAfterTheStart() {
        MonitoringQuality monitoring = monitoringAfter(plannedWithGoals("ARN1"), started());

        assertThat(monitoring.lastReport()).isNull();
        assertThat(monitoring.quietFrom()).isEqualTo(occurredAt(2).date().plusDays(90));
    }

    @Test
    void addedInterventionComparesWithTheGoalsItWasAddedWith() {
        MonitoringQuality monitoring = monitoringAfter(addedWithGoals("ROT9", output(COACHED, target(2021, "80"))),
                goalsSetTo(output(COACHED, target(2021, "60"))));

        assertThat(monitoring.loweredTargets()).containsExactly(lowered(COACHED, 2021, "80", "60"));
    }

    @Test
    void loweredTwiceComparesTheLatestWithTheOriginalPlan() {
        MonitoringQuality monitoring = monitoringAfter(plannedWithGoals("ARN1", output(COACHED, target(2021, "80"))),
                goalsSetTo(output(COACHED, target(2021, "70"))), goalsSetTo(output(COACHED, target(2021, "60"))));

        assertThat(monitoring.loweredTargets()).containsExactly(lowered(COACHED, 2021, "80", "60"));
    }

    @Test
    void targetRestoredToThePlanIsNoLongerLowered() {
        MonitoringQuality monitoring = monitoringAfter(plannedWithGoals("ARN1", output(COACHED, target(2021, "80"))),
                goalsSetTo(output(COACHED, target(2021, "60"))), goalsSetTo(output(COACHED, target(2021, "80"))));

        assertThat(monitoring.loweredTargets()).isEmpty();
    }

    @Test
    void settingGoalsIsAnAdjustmentOfTheMeasurableGoals() {
        ScanState state = ScanDerivation.derive(history(ID, plannedWithGoals("ARN1"),
                goalsSetTo(output(COACHED, target(2021, "60")))), baseline());

        assertThat(state.adjustedFields()).containsExactly("measurableGoals");
        assertThat(state.monitoring().measurableOutputGoal()).isTrue();
    }

    @Test
    void aNewEvidenceVersionKeepsTheMonitoring() {
        ScanState before = ScanDerivation.derive(history(ID, plannedWithGoals("ARN1",
                output(COACHED, target(2021, "80"))), started(), goalsSetTo(output(COACHED, target(2021, "60"))),
                progressReported(COACHED, 2021, "62", "jongeren")), baseline());
        EvidenceBase demoted = EvidenceRevision.apply(baseline(),
                new EvidenceChange.FactorReclassified(ANTISOCIAL, EvidenceClass.PLAUSIBLE, "Nieuwe synthese"));

        assertThat(before.classifiedUnder(demoted).monitoring()).isEqualTo(before.monitoring());
    }

    /** The contract's own events: planned with goals, started, renamed, then a report on 14 January 2022. */
    @Test
    void goldenLifecycleFixturesDeriveTheirMonitoring() {
        List<LifecycleEvent> events = Stream.of("planned", "started", "adjusted", "progress-reported")
                .map(type -> EventJson.readLifecycleEvent(GoldenFixtures.read("lifecycle/" + type + ".json")))
                .toList();

        ScanState state = ScanDerivation.derive(events, baseline());

        OccurredAt reported = OccurredAt.onDay(LocalDate.of(2022, 1, 14));
        assertThat(state.lifecycleSequence()).isEqualTo(4);
        assertThat(state.monitoring()).isEqualTo(new MonitoringQuality(true, true, reported,
                LocalDate.of(2022, 4, 14), List.of(), false));
    }

    private static MonitoringQuality monitoringAfter(LifecyclePayload... payloads) {
        return ScanDerivation.derive(history(ID, payloads), baseline()).monitoring();
    }
}
