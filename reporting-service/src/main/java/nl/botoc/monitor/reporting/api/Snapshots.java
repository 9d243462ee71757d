package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.domain.InterventionHistory;
import nl.botoc.monitor.reporting.domain.Overview;
import nl.botoc.monitor.reporting.domain.RecordedEvent;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.persistence.CurrentScans;
import nl.botoc.monitor.reporting.persistence.LifecycleEventRepository;
import nl.botoc.monitor.reporting.persistence.ScanHistoryRepository;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the pages and exports show: the current scans for now, or the history rebuilt for a peildatum. Now is served
 * from memory ({@link CurrentScans}), with its figures computed once per change of the read model rather than per
 * request: under hundreds of requests a second, reading and decoding every scan per request exhausted the heap and
 * the connection pool. One {@link Now} keeps the figures of a response consistent with one another. A peildatum
 * still reads the history from the database.
 */
@ApplicationScoped
public class Snapshots {

    /**
     * The read model at one version, with what is asked of it most, computed once.
     *
     * @param overviewJson the overview as the API and the overview stream send it
     * @param overviewTag  the ETag of that JSON: a hash of its bytes, so it survives restarts and differs between
     *                     replicas only when their figures do
     */
    public record Now(long version, Snapshot snapshot, Map<String, Snapshot> municipalities, Overview overview,
                      byte[] overviewJson, String overviewTag) {

        static Now of(long version, List<InterventionScan> scans, ObjectMapper mapper) {
            Snapshot snapshot = new Snapshot(null, scans);
            Map<String, Snapshot> municipalities = scans.stream()
                    .collect(Collectors.groupingBy(InterventionScan::municipality)).entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                            entry -> new Snapshot(null, entry.getValue())));
            Overview overview = Overview.of(snapshot.scans());
            byte[] json = json(overview, mapper);
            return new Now(version, snapshot, municipalities, overview, json, tagOf(json));
        }

        /** One municipality's interventions now; none for a municipality the monitor does not know. */
        Snapshot in(String cbsCode) {
            return municipalities.getOrDefault(cbsCode, new Snapshot(null, List.of()));
        }
    }

    private final CurrentScans currentScans;
    private final LifecycleEventRepository events;
    private final ScanHistoryRepository revisions;
    private final ObjectMapper mapper;
    private volatile Now now;

    Snapshots(CurrentScans currentScans, LifecycleEventRepository events, ScanHistoryRepository revisions,
              ObjectMapper mapper) {
        this.currentScans = currentScans;
        this.events = events;
        this.revisions = revisions;
        this.mapper = mapper;
    }

    /**
     * The read model now: at least every change committed before the call, recomputed by the first request after a
     * change while the others that need it wait for that one computation.
     */
    public Now now() {
        Now cached = now;
        if (cached != null && cached.version() == currentScans.version()) {
            return cached;
        }
        synchronized (this) {
            // Read before the scans: the figures hold at least every change counted in it.
            long version = currentScans.version();
            if (now == null || now.version() != version) {
                now = Now.of(version, currentScans.all(), mapper);
            }
            return now;
        }
    }

    public Snapshot at(Optional<LocalDate> peildatum) {
        return peildatum
                .map(date -> new Snapshot(date, InterventionHistory.stateAt(date,
                        InterventionHistory.allOf(events.all(), revisions.all()))))
                .orElseGet(() -> now().snapshot());
    }

    /** The scans of a moment with their overview: for now as computed once per change, for a peildatum anew. */
    public record Figures(Snapshot snapshot, Overview overview) {
    }

    public Figures figuresAt(Optional<LocalDate> peildatum) {
        if (peildatum.isEmpty()) {
            Now current = now();
            return new Figures(current.snapshot(), current.overview());
        }
        Snapshot snapshot = at(peildatum);
        return new Figures(snapshot, Overview.of(snapshot.scans()));
    }

    /** The same moment, only one municipality's interventions. */
    public Snapshot in(String cbsCode, Optional<LocalDate> peildatum) {
        return peildatum.isPresent() ? at(peildatum).in(cbsCode) : now().in(cbsCode);
    }

    /** Whether the monitor knows the municipality at all: it has an intervention now. */
    public boolean knowsMunicipality(String cbsCode) {
        return now().municipalities().containsKey(cbsCode);
    }

    /** One intervention's events and scan revisions; empty when reporting has neither. */
    public Optional<InterventionHistory> history(UUID interventionId) {
        InterventionHistory history = InterventionHistory.of(interventionId, events.ofIntervention(interventionId),
                revisions.ofIntervention(interventionId));
        return history.events().isEmpty() && history.revisions().isEmpty() ? Optional.empty() : Optional.of(history);
    }

    /** Every intervention's events that count on the peildatum (all of them for now), by intervention. */
    public Map<UUID, List<RecordedEvent>> eventsOn(Optional<LocalDate> peildatum) {
        return counted(events.all(), peildatum);
    }

    /** The same, for one municipality's interventions. */
    public Map<UUID, List<RecordedEvent>> eventsOn(String cbsCode, Optional<LocalDate> peildatum) {
        return counted(events.ofMunicipality(cbsCode), peildatum);
    }

    private static Map<UUID, List<RecordedEvent>> counted(List<RecordedEvent> all, Optional<LocalDate> peildatum) {
        LocalDate day = peildatum.orElse(LocalDate.MAX);
        return InterventionHistory.allOf(all, List.of()).stream().collect(Collectors.toMap(
                InterventionHistory::interventionId, history -> history.eventsUntil(day)));
    }

    public Optional<InterventionScan> current(UUID interventionId) {
        return currentScans.of(interventionId);
    }

    private static byte[] json(Overview overview, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(overview);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tagOf(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
