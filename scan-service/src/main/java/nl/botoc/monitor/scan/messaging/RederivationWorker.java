package nl.botoc.monitor.scan.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.persistence.EvidenceRevised;
import nl.botoc.monitor.scan.persistence.ScanRederivation;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Follows a change of the evidence base through, on a thread of its own: publishes the new version, re-derives
 * every scan that is behind it, batch after batch, and publishes those scans. It runs right after a change
 * commits and on a sweep, which also covers a crash halfway (the scans still behind are found again) and the
 * first version loaded at start-up. Wake-ups while it runs lead to one more run afterwards, never to two at once.
 */
@ApplicationScoped
public class RederivationWorker {

    private static final Logger LOG = Logger.getLogger(RederivationWorker.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(RederivationWorker::daemonThread);
    private final AtomicBoolean runPending = new AtomicBoolean();

    @Inject
    EvidencePublisher evidencePublisher;

    @Inject
    ScanRederivation rederivation;

    @Inject
    ScanPublisher scanPublisher;

    void onRevised(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRevised revised) {
        LOG.infof("Evidence version %d stored; re-deriving the scans under it", revised.version());
        wake();
    }

    // Not while starting or stopping: the emitters may not be connected yet, the database no longer open.
    @Scheduled(every = "${scan.rederive.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
    }

    private void wake() {
        if (runPending.compareAndSet(false, true)) {
            try {
                worker.execute(this::run);
            } catch (RejectedExecutionException shuttingDown) {
                LOG.debug("Shutting down: re-derivation resumes at the next start");
            }
        }
    }

    private void run() {
        runPending.set(false);
        evidencePublisher.publishAll();
        int rederived = 0;
        try {
            for (int batch = rederivation.rederiveBatch(); batch > 0; batch = rederivation.rederiveBatch()) {
                rederived += batch;
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Re-derivation stopped after %d scans; the next sweep goes on", rederived);
        }
        if (rederived > 0) {
            LOG.infof("Re-derived %d scans under the current evidence version", rederived);
            scanPublisher.publishAll();
        }
    }

    private static Thread daemonThread(Runnable run) {
        Thread thread = new Thread(run, "scan-rederivation");
        thread.setDaemon(true);
        return thread;
    }
}
