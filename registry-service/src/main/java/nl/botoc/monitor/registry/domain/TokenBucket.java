package nl.botoc.monitor.registry.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One client's allowance of requests: up to {@code burst} at once, refilled at a steady rate; each request takes a
 * token, and without one it is told how long to wait. Thread-safe; the time is passed in.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int burst;
    private final double perSecond;
    private double tokens;
    private Instant refilledAt;

    /** A full bucket at {@code now}. */
    public TokenBucket(int burst, double perSecond, Instant now) {
        if (burst < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a bucket holds at least one token and refills, was burst " + burst
                    + " at " + perSecond + "/s");
        }
        this.burst = burst;
        this.perSecond = perSecond;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes a token for a request at {@code now}: {@link Duration#ZERO} if there was one, else how long until one. */
    public synchronized Duration take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND));
    }

    /** Whether it is full at {@code now}: then forgetting it changes nothing, as a new one starts full. */
    public synchronized boolean isFullAt(Instant now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double elapsedSeconds = Duration.between(refilledAt, now).toNanos() / NANOS_PER_SECOND;
            tokens = Math.min(burst, tokens + elapsedSeconds * perSecond);
            refilledAt = now;
        }
    }
}
