package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import nl.botoc.monitor.reporting.domain.Attention;
import nl.botoc.monitor.reporting.domain.Monitoring;
import nl.botoc.monitor.reporting.domain.MonitoringFigures;
import nl.botoc.monitor.reporting.domain.Provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring quality nationally and per municipality with the attention list, as the page {@code /monitoring} and
 * the export {@code /api/v1/monitoring} show it; for one municipality the national figures stay, to compare with.
 *
 * @param peildatum the day "quiet" was judged on: the peildatum asked for, or today
 */
public record MonitoringReport(LocalDate peildatum, long evidenceVersion, long logPosition,
                               MonitoringFigures national, List<MonitoringFigures> municipalities,
                               List<Attention> attention) {

    static MonitoringReport of(Monitoring monitoring, Provenance provenance) {
        return new MonitoringReport(monitoring.peildatum(), provenance.evidenceVersion(), provenance.logPosition(),
                monitoring.national(), monitoring.municipalities(), monitoring.attention());
    }

    public MonitoringReport in(String cbsCode) {
        Monitoring one = new Monitoring(peildatum, national, municipalities, attention).in(cbsCode);
        return new MonitoringReport(peildatum, evidenceVersion, logPosition, national, one.municipalities(),
                one.attention());
    }

    /** The national figures first, then one entry per municipality. */
    @JsonIgnore
    public List<MonitoringFigures> allRows() {
        List<MonitoringFigures> rows = new ArrayList<>();
        rows.add(national);
        rows.addAll(municipalities);
        return rows;
    }

    @JsonIgnore
    public int quietAfterDays() {
        return MonitoringQuality.QUIET_AFTER_DAYS;
    }

    /** The figures, national first (no CBS code), then one row per municipality. */
    public String figuresCsv() {
        Csv csv = Csv.withHeader("cbsCode", "name", "interventions", "inPractice", "notAssessed", "denominator",
                "withMeasurableGoals", "withRecentReport", "measurableGoalsShare", "recentReportShare");
        allRows().forEach(f -> csv.row(f.municipality(), f.name() == null ? "Nederland" : f.name(), f.interventions(),
                f.inPractice(), f.notAssessed(), f.denominator(), f.withMeasurableGoals(), f.withRecentReport(),
                f.measurableGoalsShare(), f.recentReportShare()));
        return csv.text(peildatum, evidenceVersion, logPosition);
    }

    /** The attention list, one row per reason. */
    public String attentionCsv() {
        Csv csv = Csv.withHeader("cbsCode", "code", "name", "interventionId", "reason", "text");
        attention.forEach(item -> item.reasons().forEach(reason -> csv.row(item.municipality(), item.code(),
                item.name(), item.interventionId(), reason.code(), reason.text())));
        return csv.text(peildatum, evidenceVersion, logPosition);
    }

}
