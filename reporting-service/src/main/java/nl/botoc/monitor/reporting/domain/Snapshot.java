package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;

import java.time.LocalDate;
import java.util.List;

/**
 * The interventions a page shows: as they stand now (the latest scans), or as they stood on a peildatum (rebuilt
 * from the history by {@link InterventionHistory}).
 *
 * @param peildatum the past date shown; null for now
 */
public record Snapshot(LocalDate peildatum, List<InterventionScan> scans) {

    public Snapshot {
        scans = List.copyOf(scans);
    }

    public Provenance provenance() {
        return Provenance.of(scans);
    }

    /** The same moment, only one municipality's interventions. */
    public Snapshot in(String cbsCode) {
        return new Snapshot(peildatum, scans.stream().filter(scan -> cbsCode.equals(scan.municipality())).toList());
    }
}
