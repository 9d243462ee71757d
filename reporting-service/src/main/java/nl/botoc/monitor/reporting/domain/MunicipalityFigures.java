package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Municipalities;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One municipality's interventions, original and added.
 *
 * @param founded   erkend or gefundeerd, as in {@link EvidenceCounts}
 * @param unfounded exploratief or ongefundeerd; an unclassified scan counts in neither
 */
public record MunicipalityFigures(String cbsCode, String name, int interventions, StatusCounts byStatus,
                                  int founded, int unfounded) {

    private static final Comparator<MunicipalityFigures> BY_NAME =
            Comparator.comparing(MunicipalityFigures::name).thenComparing(MunicipalityFigures::cbsCode);

    /** One entry per municipality that has an intervention, by name as the pages show them. */
    public static List<MunicipalityFigures> of(Collection<InterventionScan> scans) {
        return scans.stream()
                .collect(Collectors.groupingBy(InterventionScan::municipality))
                .entrySet().stream()
                .map(entry -> of(entry.getKey(), entry.getValue()))
                .sorted(BY_NAME)
                .toList();
    }

    private static MunicipalityFigures of(String cbsCode, List<InterventionScan> scans) {
        EvidenceCounts evidence = EvidenceCounts.of(scans);
        return new MunicipalityFigures(cbsCode, Municipalities.nameOf(cbsCode), scans.size(), StatusCounts.of(scans),
                evidence.founded(), evidence.unfounded());
    }
}
