package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the scan knows of one intervention after its lifecycle events, classified under one evidence-base version.
 *
 * @param details           the registered details with every adjustment laid over them; the classification
 *                          reads its themes, factors, method and pilot flag from here
 * @param adjusted          whether any adjustment was applied
 * @param adjustedFields    the detail fields the adjustments changed, by JSON name: [name] alone (or with code)
 *                          is a rename, which keeps the intervention as intended
 * @param rejectedSequences events that were invalid transitions from the status they met: they stay in the
 *                          log but change nothing in the scan
 * @param lifecycleSequence the sequence of the last event derived from
 * @param evidenceVersion   the version of the evidence base {@code classification} was derived under
 * @param monitoring        how well it can be followed; from the events alone, so a new evidence version keeps it
 */
public record ScanState(
        UUID interventionId,
        String municipality,
        InterventionDetails details,
        LifecycleStatus status,
        Origin origin,
        boolean adjusted,
        List<String> adjustedFields,
        List<Long> rejectedSequences,
        OccurredAt lastOccurred,
        long lifecycleSequence,
        long evidenceVersion,
        Classification classification,
        MonitoringQuality monitoring) {

    /** The same lifecycle, classified under another evidence base: what a change of the evidence base does. */
    public ScanState classifiedUnder(EvidenceBase evidence) {
        return new ScanState(interventionId, municipality, details, status, origin, adjusted, adjustedFields,
                rejectedSequences, lastOccurred, lifecycleSequence, evidence.version(),
                ScanClassification.of(details, adjustedFields, status, origin, lastOccurred, evidence), monitoring);
    }

    /** The scan as published, stamped with where its last event was read and when it was derived. */
    public InterventionScan toScan(int lifecyclePartition, long lifecycleOffset, Instant derivedAt) {
        return new InterventionScan(interventionId, municipality, details.code(), details.name(), status, origin,
                adjusted(), lifecycleSequence, lifecyclePartition, lifecycleOffset, evidenceVersion, lastOccurred,
                derivedAt, classification, monitoring);
    }
}
