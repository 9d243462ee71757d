package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.OccurredAt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource(textBlock = """
            2021-01-01, YEAR,    NL, 2021
            2020-07-01, QUARTER, NL, 3e kwartaal 2020
            2020-07-01, QUARTER, EN, Q3 2020
            2020-09-01, MONTH,   NL, september 2020
            2020-09-01, MONTH,   EN, September 2020
            2021-06-15, DAY,     NL, 15 juni 2021
            2021-06-15, DAY,     EN, 15 June 2021
            """)
    void saysADateNoMorePreciselyThanItIsKnown(String date, DatePrecision precision, Language lang, String text) {
        assertThat(DateText.text(new OccurredAt(LocalDate.parse(date), precision), lang)).isEqualTo(text);
    }
}
