package nl.botoc.monitor.scan.domain;

import java.time.Duration;

/**
 * How long to wait after failed attempts in a row: the first delay, doubled with each further failure up to a
 * ceiling, and spread by a draw so that instances do not all try again at the same moment.
 */
public record Backoff(Duration first, Duration ceiling) {

    /** Doubling more often than this passes any sensible ceiling and would overflow. */
    private static final int MAX_DOUBLINGS = 30;

    public Backoff {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("want 0 < first <= ceiling, was " + first + " and " + ceiling);
        }
    }

    /**
     * @param failures failed attempts in a row, 1 or more
     * @param draw     a number in [0, 1), a random one in use: the delay is 75 % to 125 % of the doubled one,
     *                 never more than the ceiling
     */
    public Duration after(int failures, double draw) {
        if (failures < 1 || draw < 0 || draw >= 1) {
            throw new IllegalArgumentException("want failures >= 1 and 0 <= draw < 1, was " + failures + ", " + draw);
        }
        long ceilingMillis = ceiling.toMillis();
        long doubled = Math.min(ceilingMillis, first.toMillis() << Math.min(failures - 1, MAX_DOUBLINGS));
        return Duration.ofMillis(Math.min(ceilingMillis, Math.round(doubled * (0.75 + draw / 2))));
    }
}
