package nl.botoc.monitor.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OccurredAtTest {

    @ParameterizedTest
    @CsvSource({
            "2020-09-17, DAY,     2020-09-17",
            "2020-09-01, MONTH,   2020-09-30",
            "2020-02-01, MONTH,   2020-02-29",
            "2020-07-01, QUARTER, 2020-09-30",
            "2020-11-01, QUARTER, 2020-12-31",
            "2021-01-01, YEAR,    2021-12-31"})
    void latestPossibleDateIsTheEndOfThePeriod(LocalDate date, DatePrecision precision, LocalDate latest) {
        assertThat(new OccurredAt(date, precision).latestPossibleDate()).isEqualTo(latest);
    }
}
