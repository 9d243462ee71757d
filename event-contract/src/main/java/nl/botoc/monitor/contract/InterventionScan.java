package nl.botoc.monitor.contract;

import nl.botoc.monitor.contract.monitoring.MonitoringQuality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The current praktijkscan of one intervention, published by scan-service on {@link Topics#SCANS} keyed
 * by intervention id. Each scan says which lifecycle event and which evidence-base version it reflects,
 * so that a figure built from scans can be reproduced.
 *
 * @param lifecycleSequence the sequence of the last lifecycle event applied
 * @param lifecyclePartition partition of {@link Topics#LIFECYCLE} that event was read from
 * @param lifecycleOffset    offset of that event in its partition
 * @param evidenceVersion    version of the evidence base the classification was derived under
 * @param lastOccurred       when the last lifecycle event happened in the world
 * @param derivedAt          when scan-service derived this scan
 * @param classification     how the scan classifies it under that evidence version
 * @param monitoring         how well it can be followed; null in scans derived before version 2 of the contract
 */
public record InterventionScan(
        UUID interventionId,
        String municipality,
        String code,
        String name,
        LifecycleStatus status,
        Origin origin,
        boolean adjusted,
        long lifecycleSequence,
        int lifecyclePartition,
        long lifecycleOffset,
        long evidenceVersion,
        OccurredAt lastOccurred,
        Instant derivedAt,
        Classification classification,
        MonitoringQuality monitoring) {

    /**
     * The scan's judgement against the evidence base (DOMAIN.md, derivation rules).
     *
     * @param asIntended      not adjusted, or adjusted by renames alone
     * @param adjustedFields  the detail fields any adjustment changed, e.g. [name]
     * @param explanation     one Dutch sentence per rule that fired
     */
    public record Classification(
            EvidenceLevel evidenceLevel,
            Approach approach,
            List<String> themes,
            String primaryTheme,
            String method,
            boolean pilot,
            boolean asIntended,
            List<String> adjustedFields,
            List<TargetedFactor> targetedFactors,
            List<String> explanation) {
    }
}
