package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which lifecycle events and which evidence-base version a set of scans reflects, so that a figure quoted in a
 * letter can be traced and reproduced.
 *
 * @param evidenceVersion the highest evidence-base version any scan was derived under (0 before any scan)
 * @param logPosition     how many lifecycle events the scans reflect: the sum of their lifecycle sequences, the
 *                        same however the lifecycle log is partitioned
 * @param logOffsets      per partition of the lifecycle log, the highest offset reflected
 */
public record Provenance(long evidenceVersion, long logPosition, SortedMap<Integer, Long> logOffsets) {

    public static Provenance of(Collection<InterventionScan> scans) {
        TreeMap<Integer, Long> offsets = scans.stream().collect(Collectors.toMap(
                InterventionScan::lifecyclePartition, InterventionScan::lifecycleOffset, Math::max, TreeMap::new));
        return new Provenance(
                scans.stream().mapToLong(InterventionScan::evidenceVersion).max().orElse(0),
                scans.stream().mapToLong(InterventionScan::lifecycleSequence).sum(),
                Collections.unmodifiableSortedMap(offsets));
    }
}
