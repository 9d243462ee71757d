package nl.botoc.monitor.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.botoc.monitor.contract.InterventionScan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The current scan of every intervention, in memory: scan_view as this replica committed it, so that the pages and
 * the API read it without a query. Loaded from scan_view on first use, then kept up to date by every committed
 * apply. Both keep a scan only if its (lifecycle sequence, evidence version) is newer than the one held, the rule of
 * scan_view's upsert, so the order in which the load and the commits arrive does not matter.
 * <p>
 * {@link #version()} counts the changes to what the dashboards read (scans, lifecycle events, evidence base): a
 * figure computed at version n is current as long as the version is n. It is raised after the change is in memory,
 * so that a figure computed at version n holds every change counted in n.
 */
@ApplicationScoped
public class CurrentScans {

    private static final Comparator<InterventionScan> RECENCY = Comparator
            .comparingLong(InterventionScan::lifecycleSequence)
            .thenComparingLong(InterventionScan::evidenceVersion);

    private final ScanViewRepository scanViews;
    private final Map<UUID, InterventionScan> scans = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private volatile boolean loaded;

    CurrentScans(ScanViewRepository scanViews) {
        this.scanViews = scanViews;
    }

    /** Every intervention's current scan; the first call reads scan_view (and fails as a query does). */
    public List<InterventionScan> all() {
        if (!loaded) {
            load();
        }
        return List.copyOf(scans.values());
    }

    /** One intervention's current scan, found by its id rather than among all of them. */
    public Optional<InterventionScan> of(UUID interventionId) {
        if (!loaded) {
            load();
        }
        return Optional.ofNullable(scans.get(interventionId));
    }

    /** The first call reads scan_view, like {@link #all()}. */
    public long version() {
        if (!loaded) {
            load();
        }
        return version.get();
    }

    private synchronized void load() {
        if (!loaded) {
            scanViews.allScans().forEach(this::keepIfNewer);
            loaded = true;
            version.incrementAndGet();
        }
    }

    void onScanStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScanStored stored) {
        if (keepIfNewer(stored.scan())) {
            version.incrementAndGet();
        }
    }

    void onReadModelChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged change) {
        version.incrementAndGet();
    }

    private boolean keepIfNewer(InterventionScan scan) {
        InterventionScan kept = scans.merge(scan.interventionId(), scan,
                (held, incoming) -> RECENCY.compare(incoming, held) > 0 ? incoming : held);
        return kept == scan;
    }
}
