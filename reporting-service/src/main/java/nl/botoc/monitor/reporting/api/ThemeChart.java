package nl.botoc.monitor.reporting.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The bar chart of interventions per theme, laid out on the server so the page needs no script to draw it: one
 * horizontal bar per theme, in SVG user units; the SVG scales to the page's width through its viewBox.
 */
public record ThemeChart(List<Bar> bars, int width, int height, int labelWidth, int barHeight) {

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 290;
    private static final int BAR_AREA = 370;
    private static final int ROW = 30;
    private static final int BAR = 20;

    /** @param barWidth 0 for a theme no intervention touches; {@code valueX} where its number is written */
    public record Bar(String label, int value, int y, int barWidth, int valueX, int textY) {
    }

    /** One bar per row, the longest as wide as the bar area; the number of all interventions per theme. */
    public static ThemeChart of(List<ThemeRow> rows) {
        int max = Math.max(1, rows.stream().mapToInt(ThemeRow::portfolio).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (ThemeRow row : rows) {
            int y = bars.size() * ROW + 5;
            int barWidth = Math.round((float) row.portfolio() * BAR_AREA / max);
            bars.add(new Bar(row.label(), row.portfolio(), y, barWidth, LABEL_WIDTH + barWidth + 6, y + 15));
        }
        return new ThemeChart(bars, WIDTH, Math.max(ROW, bars.size() * ROW + 10), LABEL_WIDTH, BAR);
    }
}
