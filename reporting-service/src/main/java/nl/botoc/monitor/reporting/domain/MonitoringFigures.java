package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How well a set of interventions can be followed (issue 5, report chapter 4 and 5.3). Both shares count over the
 * same denominator: the interventions in practice (status started) whose monitoring scan-service has assessed. Only
 * those are expected to have measurable goals and to report; a scan from before contract version 2 is not assessed
 * and is counted apart ({@code notAssessed}) rather than as failing.
 *
 * @param municipality        the CBS code; null for the national figures
 * @param name                the municipality's name; null for the national figures
 * @param interventions       all interventions, whatever their status
 * @param inPractice          those in practice
 * @param notAssessed         of those in practice, the ones without a monitoring assessment yet
 * @param denominator         in practice and assessed: what both shares count over
 * @param withMeasurableGoals of the denominator, those with a measurable output-level goal
 * @param withRecentReport    of the denominator, those that reported at least once and are not quiet on the day
 * @param measurableGoalsShare {@code withMeasurableGoals / denominator}, to four decimals; null when it is 0
 * @param recentReportShare    {@code withRecentReport / denominator}, to four decimals; null when it is 0
 */
public record MonitoringFigures(String municipality, String name, int interventions, int inPractice,
                                int notAssessed, int denominator, int withMeasurableGoals, int withRecentReport,
                                BigDecimal measurableGoalsShare, BigDecimal recentReportShare) {

    private static final Comparator<MonitoringFigures> BY_NAME =
            Comparator.comparing(MonitoringFigures::name).thenComparing(MonitoringFigures::municipality);

    /** Over every intervention given. */
    public static MonitoringFigures national(Collection<InterventionScan> scans, LocalDate day) {
        return of(null, null, scans, day);
    }

    /** One entry per municipality that has an intervention, by name. */
    public static List<MonitoringFigures> perMunicipality(Collection<InterventionScan> scans, LocalDate day) {
        return scans.stream()
                .collect(Collectors.groupingBy(InterventionScan::municipality))
                .entrySet().stream()
                .map(entry -> of(entry.getKey(), Municipalities.nameOf(entry.getKey()), entry.getValue(), day))
                .sorted(BY_NAME)
                .toList();
    }

    public static MonitoringFigures of(String cbsCode, String name, Collection<InterventionScan> scans,
                                       LocalDate day) {
        List<InterventionScan> inPractice = scans.stream()
                .filter(scan -> scan.status() == LifecycleStatus.STARTED).toList();
        List<MonitoringQuality> assessed = inPractice.stream()
                .map(InterventionScan::monitoring).filter(quality -> quality != null).toList();
        int withGoals = count(assessed, MonitoringQuality::measurableOutputGoal);
        int withReport = count(assessed, quality -> quality.lastReport() != null && !quality.isQuietOn(day));
        return new MonitoringFigures(cbsCode, name, scans.size(), inPractice.size(),
                inPractice.size() - assessed.size(), assessed.size(), withGoals, withReport,
                share(withGoals, assessed.size()), share(withReport, assessed.size()));
    }

    private static int count(List<MonitoringQuality> qualities, Predicate<MonitoringQuality> which) {
        return (int) qualities.stream().filter(which).count();
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
