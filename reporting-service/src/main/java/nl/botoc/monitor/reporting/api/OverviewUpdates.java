package nl.botoc.monitor.reporting.api;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.botoc.monitor.reporting.config.OverviewConfig;
import nl.botoc.monitor.reporting.persistence.ReadModelChanged;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes the current overview as JSON to every open overview stream after the read model changed, coalesced
 * (see {@link Coalescer}) so that a replay of the scans topic sends a handful of overviews, not one per scan.
 */
@ApplicationScoped
public class OverviewUpdates {

    /** One pushed overview as JSON, numbered so that a client can tell a newer one from an older one. */
    public record Update(long id, String json) {
    }

    private final Snapshots snapshots;
    private final LatestBroadcast<Update> broadcast = new LatestBroadcast<>();
    private final AtomicLong ids = new AtomicLong();
    private final Coalescer coalescer;

    OverviewUpdates(Snapshots snapshots, OverviewConfig config) {
        this.snapshots = snapshots;
        this.coalescer = new Coalescer("overview-push", config.pushInterval(), this::push);
    }

    /** The latest overview, then each new one; a client too slow to take them all gets the newest. */
    public Multi<Update> stream() {
        return broadcast.stream();
    }

    @PreDestroy
    void stopPushing() {
        coalescer.close();
    }

    /** A first overview for the streams opened before any scan arrives. */
    void onStart(@Observes StartupEvent start) {
        coalescer.markChanged();
    }

    void onReadModelChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged change) {
        coalescer.markChanged();
    }

    private void push() {
        broadcast.publish(new Update(ids.incrementAndGet(),
                new String(snapshots.now().overviewJson(), StandardCharsets.UTF_8)));
    }
}
