package nl.botoc.monitor.registry.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.config.OutboxConfig;
import nl.botoc.monitor.registry.domain.Backoff;
import nl.botoc.monitor.registry.persistence.EventStored;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the outbox relay on a thread of its own: right after a transaction that stored events commits, and on a
 * periodic sweep for whatever is left (Kafka was down, another instance had the turn). Wake-ups that arrive
 * while it runs lead to one more run afterwards, never to a run alongside. After a failed run (Kafka or PostgreSQL
 * unreachable) it waits with exponential backoff before the next; the rows stay in the outbox meanwhile.
 */
@ApplicationScoped
public class RelayWorker {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(RelayWorker::daemonThread);
    private final AtomicBoolean runPending = new AtomicBoolean();
    private volatile boolean stopping;

    // Only the worker thread reads and writes these.
    private int failuresInARow;
    private long nextTryNanos;

    private Counter failures;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    Scheduler scheduler;

    void startSweeping(@Observes StartupEvent startup, MeterRegistry registry) {
        failures = Counter.builder("registry.outbox.relay.failures")
                .description("Relay runs that ended without Kafka's acknowledgement, to be retried after a backoff")
                .register(registry);
        scheduler.newJob("outbox-sweep")
                .setInterval(config.sweepInterval().toString())
                .setTask(execution -> wake())
                .schedule();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventStored stored) {
        wake();
    }

    /**
     * Lets the batch in flight finish while Kafka and the database are still open, so that it is marked published
     * rather than sent again at the next start; a batch that cannot finish stays in the outbox for then.
     */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Shutting down with the relay's batch unfinished: it is published again at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemonThread(Runnable run) {
        Thread thread = new Thread(run, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    }

    private void wake() {
        if (runPending.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                LOG.debug("Shutting down: unpublished events wait for the next start");
            }
        }
    }

    private void drain() {
        runPending.set(false);
        if (stopping || failuresInARow > 0 && System.nanoTime() - nextTryNanos < 0) {
            return; // backing off: a later sweep tries again
        }
        try {
            int published;
            do {
                published = relay.publishBatch();
            } while (published == config.batchSize() && !stopping); // a full batch: more may be waiting
            recovered();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void recovered() {
        if (failuresInARow > 0) {
            LOG.infof("Outbox relay publishes again, after %d failed runs", failuresInARow);
            failuresInARow = 0;
        }
    }

    private void failed(RuntimeException e) {
        failures.increment();
        failuresInARow++;
        Duration wait = new Backoff(config.retryInitial(), config.retryMax())
                .after(failuresInARow, ThreadLocalRandom.current().nextDouble());
        nextTryNanos = System.nanoTime() + wait.toNanos();
        LOG.warnf("Outbox relay failed %d times in a row, retries in %d ms; the events stay in the outbox: %s (%s)",
                failuresInARow, wait.toMillis(), e.getMessage(), e.getCause());
    }
}
