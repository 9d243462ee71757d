package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How the scans classify a set of interventions, counted as the report does: "founded" is erkend + gefundeerd
 * (so it includes "recognised"), "unfounded" is exploratief + ongefundeerd (so it includes "exploratory").
 * A scan without a classification, from a producer that does not classify yet, counts in none of these.
 */
public record EvidenceCounts(int founded, int recognised, int exploratory, int unfounded,
                             int preventive, int repressive) {

    public static final EvidenceCounts NONE = new EvidenceCounts(0, 0, 0, 0, 0, 0);

    public static EvidenceCounts of(Collection<InterventionScan> scans) {
        EnumTally<EvidenceLevel> levels =
                EnumTally.of(classified(scans, Classification::evidenceLevel), EvidenceLevel.class);
        EnumTally<Approach> approaches = EnumTally.of(classified(scans, Classification::approach), Approach.class);
        return new EvidenceCounts(
                levels.count(EvidenceLevel::founded),
                levels.count(EvidenceLevel.ERKEND),
                levels.count(EvidenceLevel.EXPLORATIEF),
                // The contract's founded() decides both halves, so the two always add up to the classified scans.
                levels.count(level -> !level.founded()),
                approaches.count(Approach.PREVENTIEF),
                approaches.count(Approach.REPRESSIEF));
    }

    private static <T> Stream<T> classified(Collection<InterventionScan> scans, Function<Classification, T> aspect) {
        return scans.stream().map(InterventionScan::classification).filter(Objects::nonNull).map(aspect);
    }
}
