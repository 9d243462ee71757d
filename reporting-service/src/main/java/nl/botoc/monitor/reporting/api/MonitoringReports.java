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

    /** The report of today, computed at one version of the read model. */
    private record Judged(long version, LocalDate day, MonitoringReport report) {
    }

    private final Snapshots snapshots;
    private volatile Judged today;

    MonitoringReports(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The day a page or export without a peildatum judges on. */
    static LocalDate dayOf(Optional<LocalDate> peildatum) {
        return peildatum.orElseGet(() -> LocalDate.now(NETHERLANDS));
    }

    /**
     * Now is judged once per change of the read model and per day, since it reads every lifecycle event: the
     * municipality page asks for it on every view.
     */
    public MonitoringReport at(Optional<LocalDate> peildatum) {
        if (peildatum.isPresent()) {
            return judge(peildatum, snapshots.at(peildatum));
        }
        Snapshots.Now now = snapshots.now();
        LocalDate day = dayOf(peildatum);
        Judged cached = today;
        if (cached != null && cached.version() >= now.version() && cached.day().equals(day)) {
            return cached.report();
        }
        synchronized (this) {
            if (today == null || today.version() < now.version() || !today.day().equals(day)) {
                today = new Judged(now.version(), day, judge(peildatum, now.snapshot()));
            }
            return today.report();
        }
    }

    private MonitoringReport judge(Optional<LocalDate> peildatum, Snapshot snapshot) {
        Map<UUID, Map<String, Indicator>> indicators = snapshots.eventsOn(peildatum).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> IndicatorDefinitions.of(entry.getValue())));
        Provenance provenance = snapshot.provenance();
        return MonitoringReport.of(Monitoring.of(snapshot.scans(), indicators, dayOf(peildatum)), provenance);
    }
}
