package nl.botoc.monitor.reporting.api;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a push at most once per interval however often something changes: a push waits one interval and then
 * reflects every change made until it runs, and pushes never overlap, so a replay of a whole topic causes a handful
 * of pushes instead of one per record.
 * <p>
 * Pushes run on a thread of their own, scheduled without context propagation. A change is marked while the
 * transaction that stored it completes; a Mutiny or managed executor would carry that thread's contexts, its JTA
 * transaction among them, into the push, whose read must instead run in a transaction of its own. (Under load the
 * pool ran out of connections whose last statement was that read; see the README's reliability notes.)
 */
final class Coalescer {

    private static final Logger LOG = Logger.getLogger(Coalescer.class);

    private final Duration interval;
    private final Runnable push;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private final ScheduledExecutorService scheduler;

    Coalescer(String name, Duration interval, Runnable push) {
        this.interval = interval;
        this.push = push;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops pushing; a push under way finishes. */
    void close() {
        scheduler.shutdown();
    }

    void markChanged() {
        changed.set(true);
        schedulePush();
    }

    private void schedulePush() {
        if (pushScheduled.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::pushNow, interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                // The service stops: nobody is left to push to.
            }
        }
    }

    /** Never two at once: a change that arrives meanwhile schedules the next push. */
    private void pushNow() {
        try {
            if (changed.getAndSet(false)) {
                push.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not push; the next change will try again", e);
        } finally {
            pushScheduled.set(false);
            if (changed.get()) {
                schedulePush();
            }
        }
    }
}
