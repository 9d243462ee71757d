package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Origin;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;

/**
 * The national overview, computed from the current scan of every intervention. It also says which lifecycle
 * events and which evidence-base version it reflects, so that anyone can trace and reproduce a figure.
 *
 * @param originalPlan    counts over the interventions of the municipalities' original plans only
 * @param portfolio       counts over all interventions, original and added, with how many were added
 * @param themes          over the original plan: per theme code, how many interventions touch it
 * @param portfolioThemes the same over all interventions
 * @param byStatus        all interventions by lifecycle status
 * @param municipalities  per municipality, by name
 * @param evidenceVersion the highest evidence-base version any scan was derived under (0 before any scan);
 *                        while scan-service re-derives after an evidence change, some scans still carry the
 *                        older version and count as they were classified under it
 * @param logPosition     how many lifecycle events the figures reflect: the sum of every scan's lifecycle
 *                        sequence, which is the same however the lifecycle log is partitioned
 * @param logOffsets      per partition of the lifecycle log, the highest offset the figures reflect
 */
public record Overview(
        Figures originalPlan,
        Figures portfolio,
        SortedMap<String, Integer> themes,
        SortedMap<String, Integer> portfolioThemes,
        StatusCounts byStatus,
        List<MunicipalityFigures> municipalities,
        long evidenceVersion,
        long logPosition,
        SortedMap<Integer, Long> logOffsets) {

    public static Overview of(Collection<InterventionScan> scans) {
        List<InterventionScan> originalPlan = scans.stream()
                .filter(scan -> scan.origin() == Origin.ORIGINAL_PLAN)
                .toList();
        Provenance provenance = Provenance.of(scans);
        return new Overview(
                Figures.of(originalPlan),
                Figures.ofPortfolio(scans),
                ThemeCounts.of(originalPlan),
                ThemeCounts.of(scans),
                StatusCounts.of(scans),
                MunicipalityFigures.of(scans),
                provenance.evidenceVersion(),
                provenance.logPosition(),
                provenance.logOffsets());
    }
}
