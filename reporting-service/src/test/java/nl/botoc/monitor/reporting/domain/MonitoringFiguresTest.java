package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;

class MonitoringFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2022, 4, 30);
    private static final OccurredAt REPORTED = OccurredAt.onDay(LocalDate.of(2022, 3, 1));

    /** Goals and a report not quiet yet; goals and a quiet report; goals without a report; no goals, reported. */
    private final List<InterventionScan> scans = List.of(
            scan("GM0202", STARTED, new MonitoringQuality(true, true, REPORTED, LocalDate.of(2022, 5, 30), List.of(), false)),
            scan("GM0202", STARTED, new MonitoringQuality(true, true, REPORTED, LocalDate.of(2022, 4, 30), List.of(), false)),
            scan("GM0202", STARTED, new MonitoringQuality(true, true, null, LocalDate.of(2022, 6, 1), List.of(), false)),
            scan("GM0363", STARTED, new MonitoringQuality(false, true, REPORTED, LocalDate.of(2022, 5, 30), List.of(), true)),
            scan("GM0363", STARTED, null),
            scan("GM0363", PLANNED, new MonitoringQuality(false, false, null, null, List.of(), false)),
            scan("GM0363", CANCELLED, null));

    @Test
    void bothSharesCountOverTheAssessedInterventionsInPractice() {
        MonitoringFigures national = MonitoringFigures.national(scans, DAY);

        assertThat(national).isEqualTo(new MonitoringFigures(null, null, 7, 5, 1, 4, 3, 2,
                new java.math.BigDecimal("0.7500"), new java.math.BigDecimal("0.5000")));
    }

    @Test
    void perMunicipalityByNameAndWithoutADenominatorNoShare() {
        List<MonitoringFigures> figures = MonitoringFigures.perMunicipality(List.of(
                scans.get(0), scans.get(4), scan("GM0599", PLANNED, null)), DAY);

        assertThat(figures).extracting(MonitoringFigures::name).containsExactly("Amsterdam", "Arnhem", "Rotterdam");
        assertThat(figures.get(0).measurableGoalsShare()).isNull();
        assertThat(figures.get(0).notAssessed()).isEqualTo(1);
        assertThat(figures.get(1).recentReportShare()).isEqualByComparingTo("1");
        assertThat(figures.get(2).inPractice()).isZero();
    }

    @Test
    void oneMunicipalityKeepsTheNationalFiguresToCompareWith() {
        Monitoring monitoring = Monitoring.of(scans, Map.of(), DAY).in("GM0363");

        assertThat(monitoring.national().interventions()).isEqualTo(7);
        assertThat(monitoring.municipalities()).extracting(MonitoringFigures::municipality).containsExactly("GM0363");
        assertThat(monitoring.attention()).allMatch(item -> item.municipality().equals("GM0363")).hasSize(2);
    }

    private static InterventionScan scan(String municipality, LifecycleStatus status, MonitoringQuality quality) {
        return aScan().in(municipality).status(status).monitoring(quality).build();
    }
}
