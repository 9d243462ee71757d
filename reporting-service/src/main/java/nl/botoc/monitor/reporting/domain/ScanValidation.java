package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Municipalities;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scan must say before the read model counts it. The JSON codec only checks the form; a scan without an
 * intervention id, status or origin, or with a municipality that is no CBS code, would skew every figure.
 */
public final class ScanValidation {

    private ScanValidation() {
    }

    /** What is wrong with the scan, in words for the log; empty when it may be counted. */
    public static List<String> problems(InterventionScan scan) {
        List<String> problems = new ArrayList<>();
        if (scan.interventionId() == null) {
            problems.add("no interventionId");
        }
        if (!Municipalities.isValidCode(scan.municipality())) {
            problems.add("municipality is not a CBS code: " + scan.municipality());
        }
        if (scan.status() == null) {
            problems.add("no status");
        }
        if (scan.origin() == null) {
            problems.add("no origin");
        }
        if (scan.lifecycleSequence() < 1) {
            problems.add("lifecycleSequence starts at 1, was " + scan.lifecycleSequence());
        }
        if (scan.lifecyclePartition() < 0 || scan.lifecycleOffset() < 0) {
            problems.add("lifecycle position is negative: partition " + scan.lifecyclePartition()
                    + ", offset " + scan.lifecycleOffset());
        }
        if (scan.evidenceVersion() < 0) {
            problems.add("evidenceVersion is negative: " + scan.evidenceVersion());
        }
        return problems;
    }
}
