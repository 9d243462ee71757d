package nl.botoc.monitor.reporting.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.domain.InterventionHistory;
import nl.botoc.monitor.reporting.domain.RecordedEvent;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.persistence.LifecycleEventRepository;
import nl.botoc.monitor.reporting.persistence.ScanHistoryRepository;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the pages and exports show: the current scans for now, or the history rebuilt for a peildatum. Every request
 * reads the whole read model; at the scale of BOTOC (tens of interventions, hundreds of events) that takes a few
 * milliseconds, and it keeps the figures of one response consistent with one another.
 */
@ApplicationScoped
public class Snapshots {

    private final ScanViewRepository scanViews;
    private final LifecycleEventRepository events;
    private final ScanHistoryRepository revisions;

    Snapshots(ScanViewRepository scanViews, LifecycleEventRepository events, ScanHistoryRepository revisions) {
        this.scanViews = scanViews;
        this.events = events;
        this.revisions = revisions;
    }

    public Snapshot at(Optional<LocalDate> peildatum) {
        return peildatum
                .map(date -> new Snapshot(date, InterventionHistory.stateAt(date,
                        InterventionHistory.allOf(events.all(), revisions.all()))))
                .orElseGet(() -> new Snapshot(null, scanViews.allScans()));
    }

    /** Whether the monitor knows the municipality at all: it has an intervention now. */
    public boolean knowsMunicipality(String cbsCode) {
        return scanViews.allScans().stream().anyMatch(scan -> cbsCode.equals(scan.municipality()));
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
        return scanViews.current(interventionId);
    }
}
