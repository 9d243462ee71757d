package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.reporting.domain.IndicatorSeries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One intervention's indicators with targets and measured values, as of the peildatum (null: now), for the export
 * {@code /api/v1/interventions/{id}/indicators}.
 */
public record IndicatorsReport(UUID interventionId, LocalDate peildatum, List<IndicatorSeries> indicators) {

    /** One row per indicator and period, with the period's target and measured value (empty where none). */
    public String csv(long evidenceVersion, long logPosition) {
        Csv csv = Csv.withHeader("interventionId", "indicator", "name", "unit", "direction", "level", "periodStart",
                "periodEnd", "target", "actual", "reportedOn", "reportedOnPrecision");
        indicators.forEach(series -> series.periods().forEach(period -> {
            IndicatorSeries.Actual actual = series.actualFor(period);
            csv.row(interventionId, series.code(), series.name(), series.unit(), Wire.of(series.direction()),
                    Wire.of(series.level()), period.start(), period.end(), plain(series.targetFor(period)),
                    actual == null ? null : plain(actual.value()),
                    actual == null ? null : actual.reportedOn().date(),
                    actual == null ? null : Wire.of(actual.reportedOn().precision()));
        }));
        return csv.text(peildatum, evidenceVersion, logPosition);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
