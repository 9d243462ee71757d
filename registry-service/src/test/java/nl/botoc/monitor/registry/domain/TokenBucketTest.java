package nl.botoc.monitor.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void allowsABurstThenTellsHowLongUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(3, 2, START);

        assertThat(bucket.take(START)).isZero();
        assertThat(bucket.take(START)).isZero();
        assertThat(bucket.take(START)).isZero();
        assertThat(bucket.take(START)).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.take(START.plusMillis(200))).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void refillsAtItsRateAndNeverBeyondItsBurst() {
        TokenBucket bucket = new TokenBucket(2, 1, START);
        bucket.take(START);
        bucket.take(START);

        assertThat(bucket.take(START.plusSeconds(1))).isZero();
        assertThat(bucket.take(START.plusSeconds(1))).isPositive();
        assertThat(bucket.isFullAt(START.plusSeconds(3))).isTrue();
        assertThat(bucket.take(START.plusSeconds(60))).isZero();
        assertThat(bucket.take(START.plusSeconds(60))).isZero();
        assertThat(bucket.take(START.plusSeconds(60))).isPositive();
    }

    @Test
    void isFullUntilTakenFrom() {
        TokenBucket bucket = new TokenBucket(5, 1, START);

        assertThat(bucket.isFullAt(START)).isTrue();
        bucket.take(START);
        assertThat(bucket.isFullAt(START.plusMillis(999))).isFalse();
        assertThat(bucket.isFullAt(START.plusSeconds(1))).isTrue();
    }

    @Test
    void timeGoingBackwardsGivesNothing() {
        TokenBucket bucket = new TokenBucket(1, 1, START);
        bucket.take(START);

        assertThat(bucket.take(START.minusSeconds(10))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBucketHoldsAtLeastOneTokenAndRefills() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
