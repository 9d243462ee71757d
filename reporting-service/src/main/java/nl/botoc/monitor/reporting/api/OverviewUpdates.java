package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.botoc.monitor.reporting.config.OverviewConfig;
import nl.botoc.monitor.reporting.domain.Overview;
import nl.botoc.monitor.reporting.persistence.ScanViewChanged;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes the overview to every open stream after scans changed the read model. Changes are coalesced: a push
 * waits one push interval and then reflects every change made until it reads, and pushes never overlap, so a
 * replay of the whole topic sends a handful of overviews instead of one per scan.
 */
@ApplicationScoped
public class OverviewUpdates {

    /** One pushed overview as JSON, numbered so that a client can tell a newer one from an older one. */
    public record Update(long id, String json) {
    }

    private static final Logger LOG = Logger.getLogger(OverviewUpdates.class);

    private final ScanViewRepository scanViews;
    private final ObjectMapper mapper;
    private final OverviewConfig config;
    private final BroadcastProcessor<Update> pushes = BroadcastProcessor.create();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private final AtomicLong ids = new AtomicLong();
    /** Guarded by this, like every push to the streams. */
    private Update latest;

    OverviewUpdates(ScanViewRepository scanViews, ObjectMapper mapper, OverviewConfig config) {
        this.scanViews = scanViews;
        this.mapper = mapper;
        this.config = config;
    }

    /** The latest overview, then each new one; a client too slow to take them all gets the newest. */
    public Multi<Update> stream() {
        return Multi.createFrom().emitter(emitter -> {
            // Under the lock that publish() holds, so that no push falls between the latest and the subscription.
            synchronized (this) {
                if (latest != null) {
                    emitter.emit(latest);
                }
                Cancellable subscription = pushes.subscribe().with(emitter::emit);
                emitter.onTermination(subscription::cancel);
            }
        }, BackPressureStrategy.LATEST);
    }

    /** A first overview for the streams opened before any scan arrives. */
    void onStart(@Observes StartupEvent start) {
        markChanged();
    }

    void onScanViewChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScanViewChanged change) {
        markChanged();
    }

    private void markChanged() {
        changed.set(true);
        schedulePush();
    }

    private void schedulePush() {
        if (pushScheduled.compareAndSet(false, true)) {
            Uni.createFrom().voidItem()
                    .onItem().delayIt().by(config.pushInterval())
                    // The delay fires on an I/O thread; reading the read model blocks.
                    .emitOn(Infrastructure.getDefaultExecutor())
                    .subscribe().with(ignored -> push());
        }
    }

    /** Never two at once: a change that arrives meanwhile schedules the next push. */
    private void push() {
        try {
            if (changed.getAndSet(false)) {
                publish(Overview.of(scanViews.allScans()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not push the overview; the next change will try again", e);
        } finally {
            pushScheduled.set(false);
            if (changed.get()) {
                schedulePush();
            }
        }
    }

    private synchronized void publish(Overview overview) {
        latest = new Update(ids.incrementAndGet(), json(overview));
        pushes.onNext(latest);
    }

    private String json(Overview overview) {
        try {
            return mapper.writeValueAsString(overview);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
