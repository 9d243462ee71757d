package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.LifecycleStatus;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One municipality's themes × interventions, as the matrices of appendix 2 of the report: a column per
 * intervention in code order, a row per theme, a mark where the intervention touches the theme and a stronger mark
 * for its primary theme. Cancelled interventions keep their column, flagged, as the report marks them with '*'.
 *
 * @param columns the interventions, in {@link CodeOrder}
 * @param rows    every theme of the given order, also those no intervention touches (the report's matrices show
 *                all twelve), then any other theme a scan names, by code
 */
public record ThemeMatrix(List<Column> columns, List<Row> rows) {

    public record Column(UUID interventionId, String code, String name, LifecycleStatus status) {
        public boolean cancelled() {
            return status == LifecycleStatus.CANCELLED;
        }
    }

    /** @param marks one per column, in column order; {@code count} how many columns touch the theme */
    public record Row(String theme, List<Mark> marks, int count) {
    }

    public enum Mark {
        NONE, THEME, PRIMARY
    }

    public static ThemeMatrix of(Collection<InterventionScan> scans, List<String> themeOrder) {
        List<InterventionScan> ordered = scans.stream().sorted(CodeOrder.INTERVENTIONS).toList();
        Set<String> themes = new LinkedHashSet<>(themeOrder);
        themes.addAll(namedThemes(ordered));
        return new ThemeMatrix(
                ordered.stream().map(scan -> new Column(scan.interventionId(), scan.code(), scan.name(),
                        scan.status())).toList(),
                themes.stream().map(theme -> row(theme, ordered)).toList());
    }

    private static Set<String> namedThemes(List<InterventionScan> scans) {
        Set<String> named = new TreeSet<>();
        scans.stream().map(InterventionScan::classification).filter(Objects::nonNull)
                .filter(classification -> classification.themes() != null)
                .forEach(classification -> classification.themes().stream().filter(Objects::nonNull)
                        .forEach(named::add));
        return named;
    }

    private static Row row(String theme, List<InterventionScan> scans) {
        List<Mark> marks = scans.stream().map(scan -> markOf(scan.classification(), theme)).toList();
        return new Row(theme, marks, (int) marks.stream().filter(mark -> mark != Mark.NONE).count());
    }

    private static Mark markOf(Classification classification, String theme) {
        if (classification == null || classification.themes() == null || !classification.themes().contains(theme)) {
            return Mark.NONE;
        }
        return theme.equals(classification.primaryTheme()) ? Mark.PRIMARY : Mark.THEME;
    }
}
