package nl.botoc.monitor.scan.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalTest {

    @ParameterizedTest(name = "sequence {0} after {1}: {2}")
    @CsvSource({
            "1, 0, NEXT",
            "2, 0, AFTER_GAP",
            "2, 1, NEXT",
            "3, 1, AFTER_GAP",
            "1, 1, ALREADY_APPLIED",
            "2, 5, ALREADY_APPLIED",
            "5, 5, ALREADY_APPLIED"})
    void sequenceIsComparedWithTheLastApplied(long sequence, long lastApplied, Arrival expected) {
        assertThat(Arrival.of(sequence, lastApplied)).isEqualTo(expected);
    }
}
