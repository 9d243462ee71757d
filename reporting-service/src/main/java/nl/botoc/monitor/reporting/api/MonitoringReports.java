package nl.botoc.monitor.reporting.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.reporting.domain.IndicatorDefinitions;
import nl.botoc.monitor.reporting.domain.Monitoring;
import nl.botoc.monitor.reporting.domain.Provenance;
import nl.botoc.monitor.reporting.domain.Snapshot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Monitoring quality on a peildatum for the pages and exports; "quiet" is judged on that day, or on today. */
@ApplicationScoped
public class MonitoringReports {

    /** The ministry's day: an intervention turns quiet at midnight in the Netherlands. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Snapshots snapshots;

    MonitoringReports(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The day a page or export without a peildatum judges on. */
    static LocalDate dayOf(Optional<LocalDate> peildatum) {
        return peildatum.orElseGet(() -> LocalDate.now(NETHERLANDS));
    }

    public MonitoringReport at(Optional<LocalDate> peildatum) {
        Snapshot snapshot = snapshots.at(peildatum);
        Map<UUID, Map<String, Indicator>> indicators = snapshots.eventsOn(peildatum).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> IndicatorDefinitions.of(entry.getValue())));
        Provenance provenance = snapshot.provenance();
        return MonitoringReport.of(Monitoring.of(snapshot.scans(), indicators, dayOf(peildatum)), provenance);
    }
}
