package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.monitoring.Indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Monitoring quality at a glance, on one day: the shares nationally and per municipality, and the interventions
 * that need attention with the reasons.
 *
 * @param peildatum the day "quiet" was judged on: the peildatum asked for, or today
 */
public record Monitoring(LocalDate peildatum, MonitoringFigures national, List<MonitoringFigures> municipalities,
                         List<Attention> attention) {

    /**
     * @param scans      the interventions as they stood on the day
     * @param indicators per intervention, its indicators by code (IndicatorDefinitions)
     */
    public static Monitoring of(List<InterventionScan> scans, Map<UUID, Map<String, Indicator>> indicators,
                                LocalDate day) {
        return new Monitoring(day, MonitoringFigures.national(scans, day),
                MonitoringFigures.perMunicipality(scans, day), Attention.of(scans, indicators, day));
    }

    /** One municipality's figures and attention list, next to the national figures to compare with. */
    public Monitoring in(String cbsCode) {
        return new Monitoring(peildatum, national,
                municipalities.stream().filter(figures -> cbsCode.equals(figures.municipality())).toList(),
                attention.stream().filter(item -> cbsCode.equals(item.municipality())).toList());
    }
}
