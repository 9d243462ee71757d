package nl.botoc.monitor.scan.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTest {

    private static final Backoff ONE_TO_THIRTY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @ParameterizedTest(name = "after {0} failures, draw {1}: {2} ms")
    @CsvSource({
            "1, 0.5, 1000",
            "2, 0.5, 2000",
            "3, 0.5, 4000",
            "5, 0.5, 16000",
            "6, 0.5, 30000",
            "1000, 0.5, 30000",
            "1, 0.0, 750",
            "1, 0.998, 1249",
            "4, 0.0, 6000",
            "5, 0.998, 19984",
            "6, 0.0, 22500",
            "6, 0.998, 30000"})
    void doublesFromTheFirstDelayUpToTheCeilingSpreadByTheDraw(int failures, double draw, long millis) {
        assertThat(ONE_TO_THIRTY.after(failures, draw)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "failures {0}, draw {1}")
    @CsvSource({"0, 0.5", "-1, 0.5", "1, -0.1", "1, 1.0"})
    void refusesWhatIsNoFailureOrNoDraw(int failures, double draw) {
        assertThatIllegalArgumentException().isThrownBy(() -> ONE_TO_THIRTY.after(failures, draw));
    }

    @ParameterizedTest(name = "first {0} s, ceiling {1} s")
    @CsvSource({"0, 30", "-1, 30", "31, 30"})
    void refusesABackoffThatCannotWait(long first, long ceiling) {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Backoff(Duration.ofSeconds(first), Duration.ofSeconds(ceiling)));
    }
}
