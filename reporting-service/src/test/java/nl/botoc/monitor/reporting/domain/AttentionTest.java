package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.LoweredTarget;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import nl.botoc.monitor.contract.monitoring.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;

class AttentionTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2022, 4, 30);
    private static final MonitoringQuality GOOD = new MonitoringQuality(true, true,
            OccurredAt.onDay(LocalDate.of(2022, 4, 1)), LocalDate.of(2022, 6, 30), List.of(), false);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no measurable output goal | false | true  | 2022-06-30 | false | no-measurable-output-goal | geen meetbaar doel op outputniveau (een indicator met eenheid en streefwaarde)
            no target group           | true  | false | 2022-06-30 | false | no-target-group           | doelgroep niet beschreven
            quiet since the peildatum | true  | true  | 2022-04-30 | false | quiet                     | stil sinds 30-04-2022 (laatste voortgangsrapportage 01-04-2022)
            quiet long before         | true  | true  | 2022-04-14 | false | quiet                     | stil sinds 14-04-2022 (laatste voortgangsrapportage 01-04-2022)
            impact goals only         | true  | true  | 2022-06-30 | true  | impact-goals-only         | alleen doelen op impactniveau (zoals minder recidive)
            """)
    void eachFlagIsAReasonWithItsSpecifics(String rule, boolean outputGoal, boolean targetGroup, String quietFrom,
                                           boolean impactOnly, String code, String text) {
        MonitoringQuality quality = new MonitoringQuality(outputGoal, targetGroup,
                OccurredAt.onDay(LocalDate.of(2022, 4, 1)), LocalDate.parse(quietFrom), List.of(), impactOnly);

        assertThat(Attention.reasons(quality, Map.of(), PEILDATUM))
                .containsExactly(new Attention.Reason(code, text));
    }

    @ParameterizedTest(name = "{0} {1} → {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            higher-is-better | 80   | 60   | 2021 | doel 'Begeleide jongeren' 2021 verlaagd van 80 naar 60 (−25%)
            higher-is-better | 80   |      | 2021 | doel 'Begeleide jongeren' 2021 (80) geschrapt
            lower-is-better  | 20   | 25.5 | 2022 | doel 'Begeleide jongeren' 2022 verhoogd van 20 naar 25,5 (+28%; lager is beter)
            higher-is-better | 0    | -1   | 2021 | doel 'Begeleide jongeren' 2021 verlaagd van 0 naar -1
            """)
    void aLoweredTargetNamesTheIndicatorThePeriodAndHowMuch(String direction, BigDecimal original,
                                                           BigDecimal current, int year, String text) {
        Indicator indicator = new Indicator("begeleide-jongeren", "Begeleide jongeren", "jongeren",
                Direction.valueOf(direction.toUpperCase().replace('-', '_')), null, List.of(), null);
        MonitoringQuality quality = new MonitoringQuality(true, true, GOOD.lastReport(), GOOD.quietFrom(),
                List.of(new LoweredTarget("begeleide-jongeren", Period.year(year), original, current)), false);

        assertThat(Attention.reasons(quality, Map.of("begeleide-jongeren", indicator), PEILDATUM))
                .containsExactly(new Attention.Reason(Attention.LOWERED_TARGETS, text));
    }

    @Test
    void aQuietInterventionThatNeverReportedSaysSo() {
        MonitoringQuality quality = new MonitoringQuality(true, true, null, LocalDate.of(2021, 4, 1), List.of(),
                false);

        assertThat(Attention.reasons(quality, Map.of(), PEILDATUM)).extracting(Attention.Reason::text)
                .containsExactly("stil sinds 01-04-2021 (nog geen voortgangsrapportage)");
    }

    @Test
    void onlyAssessedPlannedAndRunningInterventionsWithAReasonAreListedByMunicipalityAndCode() {
        MonitoringQuality noGoals = new MonitoringQuality(false, true, null, null, List.of(), false);
        List<InterventionScan> scans = List.of(
                aScan().in("GM0599").code("ROT1").status(LifecycleStatus.STARTED).monitoring(noGoals).build(),
                aScan().in("GM0202").code("ARN10").monitoring(noGoals).build(),
                aScan().in("GM0202").code("ARN2").status(LifecycleStatus.STARTED).monitoring(noGoals).build(),
                aScan().in("GM0202").code("ARN3").status(LifecycleStatus.STARTED).monitoring(GOOD).build(),
                aScan().in("GM0202").code("ARN4").status(LifecycleStatus.COMPLETED).monitoring(noGoals).build(),
                aScan().in("GM0202").code("ARN5").status(LifecycleStatus.CANCELLED).monitoring(noGoals).build(),
                aScan().in("GM0202").code("ARN6").status(LifecycleStatus.STARTED).build());

        assertThat(Attention.of(scans, Map.of(), PEILDATUM)).extracting(Attention::code)
                .containsExactly("ARN2", "ARN10", "ROT1");
    }
}
