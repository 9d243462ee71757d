package nl.botoc.monitor.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fault under load, from start to verdict: the load starts, the fault strikes once the load is under way, the
 * load finishes, the projections catch up, and the invariant is counted and put in the report.
 * Recovery is the time from the fault's end (the restart, or the injection where nothing is restarted) until every
 * event acknowledged by then is visible in both projections.
 */
final class Scenario {

    /** A client gives up on one request after this long; until then it retries with the same event id. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    private static final Duration CATCH_UP = Duration.ofMinutes(4);

    /** The fault, injected while the load runs; returns when the fault is over (e.g. the process restarted). */
    interface Fault {
        void inject(Ledger ledger) throws Exception;
    }

    private final String title;
    private final List<String> municipalities;
    private int interventions = 60;
    private int adjustments = 3;
    private int workers = 8;
    private Duration pause = Duration.ofMillis(20);
    private int acknowledgedBeforeFault = 50;
    private Duration recovery = Duration.ZERO;

    /** @param number 1 to 9: the scenario's municipalities are GM9n01 to GM9n08, codes of no real municipality */
    Scenario(String title, int number) {
        this.title = title;
        this.municipalities = new ArrayList<>();
        for (int m = 1; m <= 8; m++) {
            municipalities.add(String.format("GM9%d%02d", number, m));
        }
    }

    Scenario interventions(int interventions) {
        this.interventions = interventions;
        return this;
    }

    /** Paces the workers, so that the load outlasts a long fault. */
    Scenario pause(Duration pause) {
        this.pause = pause;
        return this;
    }

    Scenario faultAfter(int acknowledged) {
        this.acknowledgedBeforeFault = acknowledged;
        return this;
    }

    List<String> municipalities() {
        return municipalities;
    }

    /** Runs load and fault; returns the ledger once the projections have caught up (not yet judged). */
    Ledger run(FaultSystem system, Fault fault) throws Exception {
        Ledger ledger = new Ledger();
        Projections projections = system.projections();
        try (Load load = Load.start(system.client(ledger, GIVE_UP_AFTER), ledger, municipalities, interventions,
                adjustments, workers, pause)) {
            awaitUntil(() -> ledger.acknowledgedCount() >= acknowledgedBeforeFault, Duration.ofMinutes(2),
                    "the load to get under way");
            fault.inject(ledger);
            Instant faultOver = Instant.now();
            Ledger before = ledger.copy();
            awaitUntil(() -> Verdict.caughtUp(before, projections), CATCH_UP, "the projections to recover");
            recovery = Duration.between(faultOver, Instant.now());
            load.awaitDone(Duration.ofMinutes(5));
        }
        awaitUntil(() -> Verdict.caughtUp(ledger, projections), CATCH_UP, "the projections to catch up");
        return ledger;
    }

    /**
     * For a fault struck after the load (on the log, or a rebuild): recovery counts from the fault's end until now,
     * when the caller has seen the system whole again.
     */
    void recoveredSince(Instant faultOver) {
        recovery = Duration.between(faultOver, Instant.now());
    }

    /** Counts the invariant, reports the row and asserts it. */
    Verdict judge(FaultSystem system, Ledger ledger) throws Exception {
        Verdict verdict = Verdict.of(ledger, system.projections());
        FaultReport.add(title, verdict, ledger, recovery);
        assertThat(verdict.findings()).as(title).isEmpty();
        assertThat(verdict.holds()).as(title).isTrue();
        assertThat(verdict.acknowledged()).as("acknowledged events in " + title).isPositive();
        assertThat(verdict.refused()).as("every intervention tried one update registry must refuse")
                .isPositive();
        return verdict;
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls a condition that may throw while a service is down; a throw counts as "not yet". */
    static void awaitUntil(Condition condition, Duration atMost, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception notYet) {
                last = notYet;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("waited " + atMost + " for " + what
                + (last == null ? "" : "; last error: " + last.getMessage()));
    }
}
