package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;

import java.util.List;
import java.util.UUID;

/**
 * One line of a municipality's list of interventions: what its scan says, without the explanation and factors
 * that the intervention's own page shows. Classification fields are null for a scan without one.
 *
 * @param lastOccurred when its latest event counted happened in the world: its last update
 */
public record InterventionSummary(UUID interventionId, String code, String name, LifecycleStatus status,
                                  Origin origin, boolean adjusted, EvidenceLevel evidenceLevel, Approach approach,
                                  List<String> themes, String primaryTheme, OccurredAt lastOccurred,
                                  long lifecycleSequence, long evidenceVersion) {

    public static InterventionSummary of(InterventionScan scan) {
        Classification classification = scan.classification();
        return new InterventionSummary(scan.interventionId(), scan.code(), scan.name(), scan.status(),
                scan.origin(), scan.adjusted(),
                classification == null ? null : classification.evidenceLevel(),
                classification == null ? null : classification.approach(),
                classification == null || classification.themes() == null ? List.of() : classification.themes(),
                classification == null ? null : classification.primaryTheme(),
                scan.lastOccurred(), scan.lifecycleSequence(), scan.evidenceVersion());
    }
}
