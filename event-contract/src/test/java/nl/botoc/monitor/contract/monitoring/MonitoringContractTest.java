package nl.botoc.monitor.contract.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringContractTest {

    @ParameterizedTest(name = "{0}: {1} after {2} is less ambitious: {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 40, 60, true",
            "HIGHER_IS_BETTER, 60, 60, false",
            "HIGHER_IS_BETTER, 60.0, 60, false",
            "HIGHER_IS_BETTER, 80, 60, false",
            "LOWER_IS_BETTER, 30, 25.5, true",
            "LOWER_IS_BETTER, 20, 25.5, false"})
    void aTargetIsLessAmbitiousInTheIndicatorsDirection(Direction direction, BigDecimal changed,
                                                        BigDecimal original, boolean lessAmbitious) {
        assertThat(direction.isLessAmbitious(changed, original)).isEqualTo(lessAmbitious);
    }

    @Test
    void quietFromItsFirstQuietDayOn() {
        MonitoringQuality quality = new MonitoringQuality(true, true, null, LocalDate.of(2022, 4, 14), List.of(), false);

        assertThat(quality.isQuietOn(LocalDate.of(2022, 4, 13))).isFalse();
        assertThat(quality.isQuietOn(LocalDate.of(2022, 4, 14))).isTrue();
    }

    @Test
    void neverQuietWhileNoReportsAreDue() {
        MonitoringQuality quality = new MonitoringQuality(false, false, null, null, List.of(), false);

        assertThat(quality.isQuietOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThat(Period.year(2021).isOrdered()).isTrue();
        assertThat(new Period(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1)).isOrdered()).isTrue();
        assertThat(new Period(LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 1)).isOrdered()).isFalse();
        assertThat(new Period(null, LocalDate.of(2021, 5, 1)).isOrdered()).isFalse();
    }
}
