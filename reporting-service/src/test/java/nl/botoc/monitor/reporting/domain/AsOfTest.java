package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.reporting.Events;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.botoc.monitor.contract.DatePrecision.QUARTER;
import static nl.botoc.monitor.contract.DatePrecision.YEAR;
import static nl.botoc.monitor.reporting.Events.details;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national figures on a peildatum, over a timeline shaped like the BOTOC-2022 reference: 62 interventions
 * planned in Q3 2020 (2020-07-01, precision quarter), 53 started and 9 cancelled in 2021 (2021-01-01, precision
 * year), 2 added in 2021.
 */
class AsOfTest {

    private static final List<RecordedEvent> TIMELINE = timeline();

    @ParameterizedTest(name = "on {0}: {1} planned, {2} in practice, {3} not carried out, {4} in all")
    @CsvSource(textBlock = """
            2020-06-30,  0,  0, 0,  0
            2020-07-01, 62,  0, 0, 62
            2020-09-30, 62,  0, 0, 62
            2020-12-31, 62,  0, 0, 62
            2021-01-01,  0, 53, 9, 64
            2022-04-30,  0, 53, 9, 64
            """)
    void theOriginalPlanStandsAsTheTimelineSaysOnEachDate(String date, int planned, int inPractice,
                                                          int notCarriedOut, int all) {
        Overview overview = Overview.of(InterventionHistory.stateAt(LocalDate.parse(date),
                InterventionHistory.allOf(TIMELINE, List.of())));

        assertThat(overview.originalPlan().planned()).isEqualTo(planned);
        assertThat(overview.originalPlan().inPractice()).isEqualTo(inPractice);
        assertThat(overview.originalPlan().notCarriedOut()).isEqualTo(notCarriedOut);
        assertThat(overview.portfolio().interventions()).isEqualTo(all);
    }

    private static List<RecordedEvent> timeline() {
        List<String> municipalities = List.copyOf(Municipalities.BOTOC.keySet());
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Events events = Events.of(UUID.randomUUID(), municipalities.get(i % municipalities.size()));
            if (i < 62) {
                recorded.add(Events.recorded(events.planned("2020-07-01", QUARTER, details("I" + i, "Interventie"))));
                recorded.add(Events.recorded(i < 53 ? events.started("2021-01-01", YEAR)
                        : events.cancelled("2021-01-01", YEAR)));
            } else {
                recorded.add(Events.recorded(events.added("2021-01-01", YEAR, details("T" + i, "Toegevoegd"))));
            }
        }
        return recorded;
    }
}
