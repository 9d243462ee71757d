package nl.botoc.monitor.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    @ParameterizedTest(name = "after {0} failures, jitter {1}: {2} ms")
    @CsvSource({
            "1,  0.0,   250",
            "1,  0.999, 500",
            "2,  0.0,   500",
            "2,  0.5,   750",
            "3,  0.999, 1999",
            "5,  0.999, 7996",
            "6,  0.0,   5000",
            "6,  0.999, 9995",
            "1000, 0.5, 7500",
    })
    void waitDoublesFromInitialToMaxAndJitterTakesBetweenHalfAndAll(int failures, double jitter, long millis) {
        assertThat(backoff.after(failures, jitter)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> backoff.after(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.after(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
