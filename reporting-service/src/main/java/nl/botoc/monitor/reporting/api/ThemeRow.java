package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.reporting.domain.Overview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One line of the page's table of interventions per theme. */
public record ThemeRow(String code, String label, int originalPlan, int portfolio) {

    /**
     * Every known theme in the report's order, also those no intervention touches yet, so the table keeps its
     * shape as figures arrive; then, by code, any theme the scans name that has no label here.
     */
    public static List<ThemeRow> of(Overview overview) {
        Set<String> unknown = new TreeSet<>(overview.themes().keySet());
        unknown.addAll(overview.portfolioThemes().keySet());
        Set<String> codes = new LinkedHashSet<>(ThemeLabels.codes());
        codes.addAll(unknown);
        return codes.stream()
                .map(code -> new ThemeRow(code, ThemeLabels.labelOf(code),
                        overview.themes().getOrDefault(code, 0), overview.portfolioThemes().getOrDefault(code, 0)))
                .toList();
    }
}
