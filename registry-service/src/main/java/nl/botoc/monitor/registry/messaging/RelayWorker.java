package nl.botoc.monitor.registry.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.config.OutboxConfig;
import nl.botoc.monitor.registry.persistence.EventStored;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the outbox relay on a thread of its own: right after a transaction that stored events commits, and on a
 * periodic sweep for whatever is left (Kafka was down, another instance had the turn). Wake-ups that arrive
 * while it runs lead to one more run afterwards, never to a run alongside.
 */
@ApplicationScoped
public class RelayWorker {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(RelayWorker::daemonThread);
    private final AtomicBoolean runPending = new AtomicBoolean();

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    Scheduler scheduler;

    void startSweeping(@Observes StartupEvent startup) {
        scheduler.newJob("outbox-sweep")
                .setInterval(config.sweepInterval().toString())
                .setTask(execution -> wake())
                .schedule();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventStored stored) {
        wake();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
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
        try {
            int published;
            do {
                published = relay.publishBatch();
            } while (published == config.batchSize()); // a full batch: more may be waiting
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay stopped, the next sweep retries: %s (%s)", e.getMessage(), e.getCause());
        }
    }
}
