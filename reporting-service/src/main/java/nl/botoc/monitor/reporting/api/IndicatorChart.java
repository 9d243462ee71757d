package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.reporting.domain.IndicatorSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One indicator's chart, laid out on the server like the theme chart: per period, in time order, a bar for the
 * target (outlined) and one for the measured value (filled), and the baseline as a dotted line. SVG user units; the
 * SVG scales to the page's width through its viewBox. Negative values are drawn as an empty bar with their number.
 */
public record IndicatorChart(int width, int height, int left, int right, int axisY, Integer baselineY,
                             List<Group> groups) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 36;
    private static final int MAX_BAR = 48;

    /** One period: its label under the axis and its two bars; a bar is null where there is no value. */
    public record Group(String label, int labelX, Bar target, Bar actual) {
    }

    /** @param value the number as the page writes it, drawn above the bar at (valueX, valueY) */
    public record Bar(int x, int y, int width, int height, String value, int valueX, int valueY) {
    }

    public static IndicatorChart of(IndicatorSeries series, Language lang) {
        List<Period> periods = series.periods();
        BigDecimal baseline = series.baseline() == null ? null : series.baseline().value();
        double max = Stream.concat(Stream.of(baseline),
                        periods.stream().flatMap(period -> Stream.of(series.targetFor(period),
                                series.actualFor(period) == null ? null : series.actualFor(period).value())))
                .filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        Scale scale = new Scale(max <= 0 ? 1 : max);
        int slot = (WIDTH - 2 * LEFT) / Math.max(1, periods.size());
        int barWidth = Math.min(MAX_BAR, slot * 2 / 5);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            int centre = LEFT + slot * i + slot / 2;
            IndicatorSeries.Actual actual = series.actualFor(period);
            groups.add(new Group(Numbers.period(period, lang), centre,
                    bar(series.targetFor(period), centre - barWidth - 2, barWidth, scale, lang),
                    bar(actual == null ? null : actual.value(), centre + 2, barWidth, scale, lang)));
        }
        return new IndicatorChart(WIDTH, HEIGHT, LEFT, WIDTH - LEFT, scale.y(0),
                baseline == null ? null : scale.y(baseline.doubleValue()), groups);
    }

    private static Bar bar(BigDecimal value, int x, int width, Scale scale, Language lang) {
        if (value == null) {
            return null;
        }
        int top = scale.y(Math.max(0, value.doubleValue()));
        return new Bar(x, top, width, scale.y(0) - top, Numbers.text(value, lang), x + width / 2, top - 6);
    }

    /** From a value to its height: 0 on the axis, the highest value a little below the top. */
    private record Scale(double max) {
        int y(double value) {
            return (int) Math.round(HEIGHT - BOTTOM - value / (max * 1.1) * (HEIGHT - BOTTOM - TOP));
        }
    }

    public int labelY() {
        return HEIGHT - BOTTOM + 20;
    }
}
