package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How many interventions touch each theme, by theme code in code order. An intervention counts once for every
 * theme it touches, so the counts add up to more than the interventions; themes no scan names are left out.
 */
public final class ThemeCounts {

    private ThemeCounts() {
    }

    public static SortedMap<String, Integer> of(Collection<InterventionScan> scans) {
        TreeMap<String, Integer> counts = scans.stream()
                .map(InterventionScan::classification)
                .filter(Objects::nonNull)
                .flatMap(ThemeCounts::themesOf)
                .collect(Collectors.toMap(theme -> theme, theme -> 1, Integer::sum, TreeMap::new));
        return Collections.unmodifiableSortedMap(counts);
    }

    /** Each theme once, even if a scan were to name it twice. */
    private static Stream<String> themesOf(Classification classification) {
        return classification.themes() == null
                ? Stream.empty()
                : classification.themes().stream().filter(Objects::nonNull).distinct();
    }
}
