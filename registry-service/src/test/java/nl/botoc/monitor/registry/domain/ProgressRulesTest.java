package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.domain.Goals.COACHED;
import static nl.botoc.monitor.registry.domain.Goals.code;
import static nl.botoc.monitor.registry.domain.Goals.output;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ProgressRulesTest {

    private static final List<Goal> GOALS = List.of(output(COACHED), output(code("recidive")));
    /** Registered in September 2020: the life begins on 2020-09-01. */
    private static final OccurredAt SEPTEMBER_2020 = new OccurredAt(LocalDate.of(2020, 9, 1), DatePrecision.MONTH);
    /** Ended in the fourth quarter of 2021: the life may run until 2021-12-31. */
    private static final OccurredAt Q4_2021 = new OccurredAt(LocalDate.of(2021, 10, 1), DatePrecision.QUARTER);
    private static final OccurredAt JANUARY_2022 = new OccurredAt(LocalDate.of(2022, 1, 1), DatePrecision.MONTH);
    private static final Life OPEN = new Life(SEPTEMBER_2020, null);
    private static final Life ENDED = new Life(SEPTEMBER_2020, Q4_2021);

    static Stream<Arguments> measurementsAndTheFieldsThatBreakARule() {
        Measurement valid = coached(Period.year(2021));
        return Stream.of(
                arguments("one complete measurement", List.of(valid), List.of()),
                arguments("no measurements", List.of(), List.of("measurements")),
                arguments("a missing measurement", Arrays.asList(valid, null), List.of("measurements[1]")),
                arguments("nothing in a measurement", List.of(new Measurement(null, null, null, null)),
                        List.of("measurements[0].indicator", "measurements[0].period", "measurements[0].value",
                                "measurements[0].unit")),
                arguments("a period ending before it starts", List.of(coached(new Period(LocalDate.of(2021, 2, 1),
                        LocalDate.of(2021, 1, 31)))), List.of("measurements[0].period")),
                arguments("a period without an end", List.of(coached(new Period(LocalDate.of(2021, 1, 1), null))),
                        List.of("measurements[0].period")),
                arguments("one indicator over two periods", List.of(valid, coached(Period.year(2022))), List.of()),
                arguments("two indicators over one period", List.of(valid, new Measurement("recidive",
                        Period.year(2021), BigDecimal.TEN, "jongeren")), List.of()),
                arguments("one indicator and period twice", List.of(valid, coached(Period.year(2022)), valid),
                        List.of("measurements[2].period")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measurementsAndTheFieldsThatBreakARule")
    void eachMeasurementFollowsItsRules(String name, List<Measurement> measurements, List<String> fields) {
        assertThat(ProgressRules.brokenBy(measurements).keySet()).containsExactlyElementsOf(fields);
    }

    @Test
    void aReportWithoutMeasurementsBreaksTheRule() {
        assertThat(ProgressRules.brokenBy(null)).containsOnlyKeys("measurements");
    }

    static Stream<Arguments> measurementsAgainstTheIntervention() {
        LocalDate firstDay = LocalDate.of(2020, 9, 1);
        return Stream.of(
                arguments("an indicator of its goals, in its unit, within its life", GOALS, OPEN, JANUARY_2022,
                        coached(Period.year(2021)), List.of()),
                arguments("an unknown indicator", GOALS, OPEN, JANUARY_2022,
                        new Measurement("onbekend", Period.year(2021), BigDecimal.ONE, "jongeren"),
                        List.of("measurements[0].indicator")),
                arguments("an intervention without goals", List.of(), OPEN, JANUARY_2022,
                        coached(Period.year(2021)), List.of("measurements[0].indicator")),
                arguments("another unit than the indicator's", GOALS, OPEN, JANUARY_2022,
                        new Measurement("begeleide-jongeren", Period.year(2021), BigDecimal.ONE, "Jongeren"),
                        List.of("measurements[0].unit")),
                arguments("a period starting on the first day of the registration's month", GOALS, OPEN,
                        JANUARY_2022, coached(new Period(firstDay, firstDay.plusMonths(1))), List.of()),
                arguments("a period starting the day before", GOALS, OPEN, JANUARY_2022,
                        coached(new Period(firstDay.minusDays(1), firstDay)), List.of("measurements[0].period")),
                arguments("a period starting on the last day of the report's month", GOALS, OPEN, JANUARY_2022,
                        coached(new Period(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 31))), List.of()),
                arguments("a period starting after the report's month", GOALS, OPEN, JANUARY_2022,
                        coached(new Period(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28))),
                        List.of("measurements[0].period")),
                arguments("an ended intervention's period ending on the last day of its ending quarter", GOALS,
                        ENDED, JANUARY_2022, coached(Period.year(2021)), List.of()),
                arguments("an ended intervention's period ending after its ending quarter", GOALS, ENDED,
                        JANUARY_2022, coached(new Period(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 1, 31))),
                        List.of("measurements[0].period")),
                arguments("a wrong indicator over a period outside its life", GOALS, ENDED, JANUARY_2022,
                        new Measurement("onbekend", Period.year(2019), BigDecimal.ONE, "jongeren"),
                        List.of("measurements[0].indicator", "measurements[0].period")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measurementsAgainstTheIntervention")
    void eachMeasurementFitsTheIntervention(String name, List<Goal> goals, Life life, OccurredAt reported,
                                            Measurement measurement, List<String> fields) {
        assertThat(ProgressRules.brokenAgainst(goals, life, reported, List.of(measurement)).keySet())
                .containsExactlyElementsOf(fields);
    }

    @Test
    void anUnknownIndicatorIsAnsweredWithTheKnownOnes() {
        assertThat(ProgressRules.brokenAgainst(GOALS, OPEN, JANUARY_2022, List.of(
                new Measurement("onbekend", Period.year(2021), BigDecimal.ONE, "jongeren"))))
                .containsEntry("measurements[0].indicator",
                        "unknown indicator 'onbekend'; its indicators: begeleide-jongeren, recidive");
    }

    private static Measurement coached(Period period) {
        return new Measurement("begeleide-jongeren", period, BigDecimal.valueOf(62), "jongeren");
    }
}
