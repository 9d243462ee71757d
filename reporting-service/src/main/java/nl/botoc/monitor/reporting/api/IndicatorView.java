package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.reporting.domain.IndicatorSeries;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator on an intervention's page: its series, its chart and the same figures as a table, written in the
 * page's language.
 *
 * @param baselineValue empty when the municipality gave no baseline, as {@code baselineDate}
 */
public record IndicatorView(IndicatorSeries series, String baselineValue, String baselineDate, IndicatorChart chart,
                            List<Row> rows) {

    /**
     * One period.
     *
     * @param reached whether the measured value reaches the target, in the indicator's direction; null when either
     *                is missing
     */
    public record Row(Period period, String periodText, String target, String actual, String reportedOn,
                      Boolean reached) {
    }

    public static IndicatorView of(IndicatorSeries series, Language lang) {
        List<Row> rows = series.periods().stream().map(period -> row(series, period, lang)).toList();
        return new IndicatorView(series,
                series.baseline() == null ? "" : Numbers.text(series.baseline().value(), lang),
                series.baseline() == null ? "" : DateText.text(series.baseline().date(), lang),
                IndicatorChart.of(series, lang), rows);
    }

    public boolean hasBaseline() {
        return !baselineValue.isEmpty();
    }

    private static Row row(IndicatorSeries series, Period period, Language lang) {
        BigDecimal target = series.targetFor(period);
        IndicatorSeries.Actual actual = series.actualFor(period);
        Boolean reached = target == null || actual == null || series.direction() == null ? null
                : !series.direction().isLessAmbitious(actual.value(), target);
        return new Row(period, Numbers.period(period, lang), Numbers.text(target, lang),
                actual == null ? "" : Numbers.text(actual.value(), lang),
                actual == null ? "" : DateText.text(actual.reportedOn(), lang), reached);
    }
}
