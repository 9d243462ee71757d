package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The classification a scan carries: the {@link Classifier}'s judgement, with the lifecycle's own sentences
 * (rule 3: where the intervention stands, and whether it was added to the plan) after the classifier's.
 */
final class ScanClassification {

    private ScanClassification() {
    }

    /**
     * @param lastOccurred when the intervention's last event happened: the last day it may have happened on is
     *                     the date a method must be recognised at, so a replay of the log classifies alike
     */
    static Classification of(InterventionDetails details, List<String> adjustedFields, LifecycleStatus status,
                             Origin origin, OccurredAt lastOccurred, EvidenceBase evidence) {
        Classification judged = Classifier.classify(details, adjustedFields, lastOccurred.latestPossibleDate(),
                evidence);
        List<String> explanation = new ArrayList<>(judged.explanation());
        explanation.add(statusSentence(status));
        if (origin == Origin.ADDED) {
            explanation.add("Toegevoegd: stond niet in het oorspronkelijke plan.");
        }
        return new Classification(judged.evidenceLevel(), judged.approach(), judged.themes(), judged.primaryTheme(),
                judged.method(), judged.pilot(), judged.asIntended(), judged.adjustedFields(),
                judged.targetedFactors(), List.copyOf(explanation));
    }

    private static String statusSentence(LifecycleStatus status) {
        return switch (status) {
            case PLANNED -> "Gepland: nog niet in uitvoering.";
            case STARTED -> "In uitvoering.";
            case COMPLETED -> "Afgerond.";
            case CANCELLED -> "Niet doorgegaan.";
        };
    }
}
