package nl.botoc.monitor.scan.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.config.ScanConfig;
import nl.botoc.monitor.scan.persistence.AppliedHistory;
import nl.botoc.monitor.scan.persistence.EvidenceRevised;
import nl.botoc.monitor.scan.persistence.ScanRederivation;
import nl.botoc.monitor.scan.persistence.ScanRederivation.Progress;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Follows a change of the evidence base through, on threads of its own: publishes the new version, re-derives
 * every scan that is behind it, and publishes those scans. It runs right after a change commits and on a sweep,
 * which also covers a crash halfway (the scans still behind are found again), a scan the consumer derived under
 * the old version while the change committed, and the first version loaded at start-up. Wake-ups while it runs
 * lead to one more run afterwards, never to two at once.
 */
@ApplicationScoped
public class RederivationWorker {

    private static final Logger LOG = Logger.getLogger(RederivationWorker.class);

    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("scan-rederivation"));
    private final AtomicBoolean runPending = new AtomicBoolean();
    private ExecutorService passes;

    @Inject
    EvidencePublisher evidencePublisher;

    @Inject
    ScanRederivation rederivation;

    @Inject
    ScanPublisher scanPublisher;

    @Inject
    ScanConfig config;

    @PostConstruct
    void createPasses() {
        passes = Executors.newFixedThreadPool(config.rederive().workers(), daemon("scan-rederivation-pass"));
    }

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
        coordinator.shutdown();
        passes.shutdown();
    }

    private void wake() {
        if (runPending.compareAndSet(false, true)) {
            try {
                coordinator.execute(this::run);
            } catch (RejectedExecutionException shuttingDown) {
                LOG.debug("Shutting down: re-derivation resumes at the next start");
            }
        }
    }

    private void run() {
        runPending.set(false);
        evidencePublisher.publishAll();
        int rederived = rederiveAll();
        if (rederived > 0) {
            LOG.infof("Re-derived %d scans under the current evidence version", rederived);
            scanPublisher.publishAll();
        }
    }

    /** Passes side by side, each through all interventions: each takes the ones the others have not locked. */
    private int rederiveAll() {
        List<CompletableFuture<Integer>> running = IntStream.range(0, config.rederive().workers())
                .mapToObj(pass -> CompletableFuture.supplyAsync(this::pass, passes))
                .toList();
        return running.stream().mapToInt(CompletableFuture::join).sum();
    }

    private int pass() {
        int rederived = 0;
        try {
            for (Progress batch = rederivation.rederiveBatch(AppliedHistory.FIRST); batch.rederived() > 0;
                 batch = rederivation.rederiveBatch(batch.last())) {
                rederived += batch.rederived();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "A re-derivation pass stopped after %d scans; the next sweep goes on", rederived);
        }
        return rederived;
    }

    private static ThreadFactory daemon(String name) {
        return run -> {
            Thread thread = new Thread(run, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
