package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Origin;

import java.util.Collection;

/**
 * The headline counts over a set of interventions, in the report's words: "in practice" is started and
 * "not carried out" is cancelled; adjusted counts every intervention changed after its plan, whatever its status.
 * The evidence and approach counts are those of {@link EvidenceCounts}.
 * <p>
 * One record serves the original plan and the portfolio: {@code added} is null for the original plan, which has
 * no added interventions by definition, and the API leaves a null out of the JSON (api.OverviewJson).
 *
 * @param added how many were added to the original plans; null where that question does not apply
 */
public record Figures(
        int interventions,
        int municipalities,
        int inPractice,
        int notCarriedOut,
        int adjusted,
        int planned,
        int completed,
        int preventive,
        int repressive,
        int founded,
        int recognised,
        int exploratory,
        int unfounded,
        Integer added) {

    /** The counts without {@code added}: for the original plan. */
    public static Figures of(Collection<InterventionScan> scans) {
        return counting(scans, null);
    }

    /** The counts with how many of the scans were added to the original plans: for all interventions. */
    public static Figures ofPortfolio(Collection<InterventionScan> scans) {
        return counting(scans, (int) scans.stream().filter(scan -> scan.origin() == Origin.ADDED).count());
    }

    /** Puts the figures together from counts made elsewhere. */
    static Figures from(int interventions, int municipalities, int adjusted,
                        StatusCounts byStatus, EvidenceCounts evidence, Integer added) {
        return new Figures(interventions, municipalities, byStatus.started(), byStatus.cancelled(), adjusted,
                byStatus.planned(), byStatus.completed(), evidence.preventive(), evidence.repressive(),
                evidence.founded(), evidence.recognised(), evidence.exploratory(), evidence.unfounded(), added);
    }

    private static Figures counting(Collection<InterventionScan> scans, Integer added) {
        return from(
                scans.size(),
                (int) scans.stream().map(InterventionScan::municipality).distinct().count(),
                (int) scans.stream().filter(InterventionScan::adjusted).count(),
                StatusCounts.of(scans),
                EvidenceCounts.of(scans),
                added);
    }
}
