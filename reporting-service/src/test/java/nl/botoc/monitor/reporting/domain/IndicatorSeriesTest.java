package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.reporting.Events;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static nl.botoc.monitor.contract.DatePrecision.DAY;
import static nl.botoc.monitor.contract.DatePrecision.MONTH;
import static nl.botoc.monitor.contract.monitoring.GoalLevel.IMPACT;
import static nl.botoc.monitor.contract.monitoring.GoalLevel.OUTPUT;
import static nl.botoc.monitor.reporting.Events.details;
import static nl.botoc.monitor.reporting.Events.goal;
import static nl.botoc.monitor.reporting.Events.goals;
import static nl.botoc.monitor.reporting.Events.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** ARN1-like: 80 young people a year planned, lowered to 60, 62 reached in 2021 (a first report said 58). */
class IndicatorSeriesTest {

    private final Events events = Events.of(UUID.randomUUID(), "GM0202");
    private final List<LifecycleEvent> timeline = List.of(
            events.planned("2020-09-01", MONTH, details("ARN1", "Jongerenwerk", "straatcoaches-jongerenwerk")
                    .with(goals(goal(OUTPUT, "begeleide-jongeren", "Begeleide jongeren", "jongeren", 2021, 80, 2022, 80),
                            goal(IMPACT, "recidive", "Recidive", "%")))),
            events.started("2021-01-01", DatePrecision.YEAR),
            events.adjusted("2021-03-01", DAY,
                    goals(goal(OUTPUT, "begeleide-jongeren", "Begeleide jongeren", "jongeren", 2021, 60, 2022, 60))),
            events.progressReported("2021-07-01", DAY, "Eerste halfjaar", measured("begeleide-jongeren", 2021, 58, "jongeren")),
            events.progressReported("2022-01-14", DAY, "Doel gehaald", measured("begeleide-jongeren", 2021, 62, "jongeren"),
                    measured("recidive", 2021, 12, "%")));

    @Test
    void targetsAreThoseOfTheCurrentGoalsAndTheLatestReportForAPeriodWins() {
        List<IndicatorSeries> series = IndicatorSeries.of(recorded(timeline));

        assertThat(series).extracting(IndicatorSeries::code).containsExactly("begeleide-jongeren");
        IndicatorSeries youth = series.get(0);
        assertThat(youth.targets()).extracting(target -> target.value().intValue()).containsExactly(60, 60);
        assertThat(youth.actuals()).singleElement().satisfies(actual -> {
            assertThat(actual.value()).isEqualByComparingTo("62");
            assertThat(actual.reportedOn().date()).isEqualTo(LocalDate.of(2022, 1, 14));
        });
        assertThat(youth.periods()).containsExactly(Period.year(2021), Period.year(2022));
        assertThat(youth.targetFor(Period.year(2021))).isEqualByComparingTo(BigDecimal.valueOf(60));
        assertThat(youth.actualFor(Period.year(2022))).isNull();
    }

    @Test
    void onAnEarlierDayOnlyTheEventsCountedThenMakeTheSeries() {
        InterventionHistory history = InterventionHistory.of(timeline.get(0).interventionId(), recorded(timeline),
                List.of());

        List<IndicatorSeries> before = IndicatorSeries.of(history.eventsUntil(LocalDate.of(2021, 2, 1)));
        List<IndicatorSeries> midYear = IndicatorSeries.of(history.eventsUntil(LocalDate.of(2021, 12, 31)));

        assertThat(before).extracting(IndicatorSeries::code).containsExactly("begeleide-jongeren", "recidive");
        assertThat(before.get(0).targetFor(Period.year(2021))).isEqualByComparingTo("80");
        assertThat(before.get(0).actuals()).isEmpty();
        assertThat(midYear.get(0).actualFor(Period.year(2021)).value()).isEqualByComparingTo("58");
    }

    @Test
    void anInterventionWithoutMeasurableGoalsHasNoSeries() {
        Events plain = Events.of(UUID.randomUUID(), "GM0202");

        assertThat(IndicatorSeries.of(recorded(List.of(plain.planned("2020-09-01", MONTH,
                details("ARN2", "Zonder doelen")))))).isEmpty();
        assertThat(IndicatorSeries.of(List.of())).isEmpty();
    }

    @Test
    void definitionsKeepADroppedIndicatorForItsName() {
        assertThat(IndicatorDefinitions.of(recorded(timeline))).containsOnlyKeys("begeleide-jongeren", "recidive");
    }

    private static List<RecordedEvent> recorded(List<LifecycleEvent> events) {
        return events.stream().map(Events::recorded).toList();
    }
}
