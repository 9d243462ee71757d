package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.LoweredTarget;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An intervention that needs the ministry's attention because it cannot be followed well (report chapter 4 and 5.3),
 * with every reason in Dutch and the specifics: "stil sinds 14-04-2022", "doel 'Begeleide jongeren' 2021 verlaagd
 * van 80 naar 60 (−25%)". Only planned interventions and those in practice are listed (for a completed or cancelled
 * one nothing can be set right any more), and only those whose monitoring scan-service has assessed: a scan from
 * before contract version 2 says nothing either way.
 */
public record Attention(UUID interventionId, String municipality, String code, String name, List<Reason> reasons) {

    public static final String NO_MEASURABLE_OUTPUT_GOAL = "no-measurable-output-goal";
    public static final String NO_TARGET_GROUP = "no-target-group";
    public static final String QUIET = "quiet";
    public static final String LOWERED_TARGETS = "lowered-targets";
    public static final String IMPACT_GOALS_ONLY = "impact-goals-only";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<InterventionScan> BY_MUNICIPALITY_NAME = Comparator
            .comparing((InterventionScan scan) -> Municipalities.nameOf(scan.municipality()))
            .thenComparing(InterventionScan::municipality);

    /** @param code one of the constants above; {@code text} says it in Dutch, with the specifics */
    public record Reason(String code, String text) {
    }

    /**
     * @param scans      the interventions as they stand on the day
     * @param indicators per intervention, its indicators by code (IndicatorDefinitions), to name a lowered target
     * @param day        the peildatum, or today: whether an intervention is quiet depends on it
     */
    public static List<Attention> of(Collection<InterventionScan> scans, Map<UUID, Map<String, Indicator>> indicators,
                                     LocalDate day) {
        return scans.stream()
                .filter(scan -> scan.monitoring() != null)
                .filter(scan -> scan.status() == LifecycleStatus.PLANNED || scan.status() == LifecycleStatus.STARTED)
                .sorted(BY_MUNICIPALITY_NAME.thenComparing(CodeOrder.INTERVENTIONS))
                .map(scan -> new Attention(scan.interventionId(), scan.municipality(), scan.code(), scan.name(),
                        reasons(scan.monitoring(), indicators.getOrDefault(scan.interventionId(), Map.of()), day)))
                .filter(attention -> !attention.reasons().isEmpty())
                .toList();
    }

    public String municipalityName() {
        return Municipalities.nameOf(municipality);
    }

    public boolean has(String reasonCode) {
        return reasons.stream().anyMatch(reason -> reason.code().equals(reasonCode));
    }

    /** Why one intervention needs attention on the day; empty when nothing does. */
    public static List<Reason> reasons(MonitoringQuality quality, Map<String, Indicator> indicators, LocalDate day) {
        List<Reason> reasons = new ArrayList<>();
        if (!quality.measurableOutputGoal()) {
            reasons.add(new Reason(NO_MEASURABLE_OUTPUT_GOAL,
                    "geen meetbaar doel op outputniveau (een indicator met eenheid en streefwaarde)"));
        }
        if (!quality.targetGroupDescribed()) {
            reasons.add(new Reason(NO_TARGET_GROUP, "doelgroep niet beschreven"));
        }
        if (quality.isQuietOn(day)) {
            reasons.add(new Reason(QUIET, "stil sinds " + DutchText.day(quality.quietFrom())
                    + (quality.lastReport() == null ? " (nog geen voortgangsrapportage)"
                    : " (laatste voortgangsrapportage " + DutchText.occurred(quality.lastReport()) + ")")));
        }
        if (quality.loweredTargets() != null) {
            quality.loweredTargets().stream()
                    .map(lowered -> new Reason(LOWERED_TARGETS, lowered(lowered, indicators.get(lowered.indicator()))))
                    .forEach(reasons::add);
        }
        if (quality.impactGoalsOnly()) {
            reasons.add(new Reason(IMPACT_GOALS_ONLY, "alleen doelen op impactniveau (zoals minder recidive)"));
        }
        return reasons;
    }

    private static String lowered(LoweredTarget lowered, Indicator indicator) {
        String goal = "doel '" + (indicator == null || indicator.name() == null ? lowered.indicator() : indicator.name())
                + "' " + DutchText.period(lowered.period());
        if (lowered.current() == null) {
            return goal + " (" + DutchText.number(lowered.original()) + ") geschrapt";
        }
        boolean lowerIsBetter = indicator != null && indicator.direction() == Direction.LOWER_IS_BETTER;
        return goal + (lowerIsBetter ? " verhoogd van " : " verlaagd van ") + DutchText.number(lowered.original())
                + " naar " + DutchText.number(lowered.current())
                + change(lowered.original(), lowered.current(), lowerIsBetter);
    }

    /** The change as a whole percentage with its sign, e.g. " (−25%)"; nothing when the original was 0. */
    private static String change(BigDecimal original, BigDecimal current, boolean lowerIsBetter) {
        if (original.signum() == 0) {
            return "";
        }
        BigDecimal percent = current.subtract(original).multiply(HUNDRED)
                .divide(original.abs(), 0, RoundingMode.HALF_UP);
        String sign = percent.signum() < 0 ? "\u2212" : "+";
        return " (" + sign + percent.abs().toPlainString() + "%" + (lowerIsBetter ? "; lager is beter" : "") + ")";
    }
}
