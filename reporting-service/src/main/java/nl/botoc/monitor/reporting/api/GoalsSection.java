package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.domain.Attention;
import nl.botoc.monitor.reporting.domain.IndicatorDefinitions;
import nl.botoc.monitor.reporting.domain.IndicatorSeries;
import nl.botoc.monitor.reporting.domain.RecordedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The part "Doelen en voortgang" of an intervention's page: a chart and a table per indicator, and what its
 * monitoring needs attention for on the day.
 *
 * @param assessed   whether the scan shown carries a monitoring assessment (scans before contract version 2 do not)
 * @param reasons    why it needs attention; empty when nothing does
 * @param lastReport when it last reported progress, as the page writes dates; empty when it never did
 */
public record GoalsSection(List<IndicatorView> indicators, boolean assessed, List<Attention.Reason> reasons,
                           String lastReport) {

    /**
     * @param events the intervention's events that count on the day
     * @param scan   its scan on the day; null when it was not registered yet
     */
    static GoalsSection of(List<RecordedEvent> events, InterventionScan scan, LocalDate day, Language lang) {
        List<IndicatorView> indicators = IndicatorSeries.of(events).stream()
                .map(series -> IndicatorView.of(series, lang)).toList();
        if (scan == null || scan.monitoring() == null) {
            return new GoalsSection(indicators, false, List.of(), "");
        }
        return new GoalsSection(indicators, true,
                Attention.reasons(scan.monitoring(), IndicatorDefinitions.of(events), day),
                DateText.text(scan.monitoring().lastReport(), lang));
    }
}
