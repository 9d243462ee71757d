package nl.botoc.monitor.reporting.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a push at most once per interval however often something changes: a push waits one interval and then
 * reflects every change made until it runs, and pushes never overlap, so a replay of a whole topic causes a handful
 * of pushes instead of one per record.
 */
final class Coalescer {

    private static final Logger LOG = Logger.getLogger(Coalescer.class);

    private final Duration interval;
    private final Runnable push;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();

    Coalescer(Duration interval, Runnable push) {
        this.interval = interval;
        this.push = push;
    }

    void markChanged() {
        changed.set(true);
        schedulePush();
    }

    private void schedulePush() {
        if (pushScheduled.compareAndSet(false, true)) {
            Uni.createFrom().voidItem()
                    .onItem().delayIt().by(interval)
                    // The delay fires on an I/O thread; a push reads the read model, which blocks.
                    .emitOn(Infrastructure.getDefaultExecutor())
                    .subscribe().with(ignored -> pushNow());
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
