package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.reporting.domain.Overview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One line of the table and chart of interventions per theme. */
public record ThemeRow(String code, String label, int originalPlan, int portfolio) {

    /**
     * Every theme of the evidence base in its order (the report's), also those no intervention touches yet, so the
     * table keeps its shape as figures arrive; then, by code, any theme the scans name that the base does not know.
     */
    public static List<ThemeRow> of(Overview overview, Labels labels) {
        Set<String> unknown = new TreeSet<>(overview.themes().keySet());
        unknown.addAll(overview.portfolioThemes().keySet());
        Set<String> codes = new LinkedHashSet<>(labels.themeOrder());
        codes.addAll(unknown);
        return codes.stream()
                .map(code -> new ThemeRow(code, labels.theme(code),
                        overview.themes().getOrDefault(code, 0), overview.portfolioThemes().getOrDefault(code, 0)))
                .toList();
    }
}
