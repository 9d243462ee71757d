package nl.botoc.monitor.registry.domain;

import java.time.Duration;

/**
 * How long to wait before the next attempt after failures in a row: {@code initial} after the first, doubling up to
 * {@code max}, and of that between half and all, by {@code jitter}, so that instances that failed together do not
 * come back together.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, not " + initial + " and " + max);
        }
    }

    /** The wait after {@code failures} (1 or more) failures in a row; {@code jitter} is a number in [0, 1). */
    public Duration after(int failures, double jitter) {
        if (failures < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("failures " + failures + ", jitter " + jitter);
        }
        long ceiling = max.toMillis();
        long delay = initial.toMillis();
        for (int doubled = 1; doubled < failures && delay < ceiling; doubled++) {
            delay *= 2;
        }
        long capped = Math.min(delay, ceiling);
        return Duration.ofMillis(capped / 2 + Math.round(capped / 2.0 * jitter));
    }
}
