package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a change of the evidence base does to the scans (the what-if preview): which interventions change
 * evidence level or approach, and per municipality how many change and how many are founded before and after.
 * It takes one intervention at a time, so a preview over all of them holds no more than its own result.
 */
public final class Reclassification {

    private final EvidenceBase from;
    private final EvidenceBase to;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Tally> tallies = new TreeMap<>();

    private Reclassification(EvidenceBase from, EvidenceBase to) {
        this.from = from;
        this.to = to;
    }

    public static Reclassification between(EvidenceBase from, EvidenceBase to) {
        return new Reclassification(from, to);
    }

    /** Counts one intervention in; {@code before} is its scan under the version the change starts from. */
    public Reclassification add(ScanState before) {
        if (before.evidenceVersion() != from.version()) {
            throw new IllegalArgumentException("scan of " + before.interventionId() + " is derived under version "
                    + before.evidenceVersion() + ", not " + from.version());
        }
        Judgement was = Judgement.of(before.classification());
        Judgement becomes = Judgement.of(before.classifiedUnder(to).classification());
        Tally tally = tallies.computeIfAbsent(before.municipality(), municipality -> new Tally());
        tally.count(was, becomes);
        if (!was.equals(becomes)) {
            changes.add(new Change(before.interventionId(), before.municipality(), before.details().code(),
                    before.details().name(), before.status(), before.origin(), was, becomes));
        }
        return this;
    }

    /** The changes by municipality and code; every municipality counted in, also those without a change. */
    public Preview preview() {
        List<Change> ordered = changes.stream()
                .sorted(Comparator.comparing(Change::municipality)
                        .thenComparing(Change::code, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Change::interventionId))
                .toList();
        Map<String, Impact> byMunicipality = new TreeMap<>();
        tallies.forEach((municipality, tally) -> byMunicipality.put(municipality, tally.impact()));
        return new Preview(from.version(), to.version(), ordered, byMunicipality);
    }

    /** The part of a scan's classification the report counts. */
    public record Judgement(EvidenceLevel evidenceLevel, Approach approach) {
        static Judgement of(Classification classification) {
            return new Judgement(classification.evidenceLevel(), classification.approach());
        }
    }

    /** One intervention whose evidence level or approach the change alters. */
    public record Change(UUID interventionId, String municipality, String code, String name,
                         LifecycleStatus status, Origin origin, Judgement before, Judgement after) {
    }

    /** A count before and after the change. */
    public record Count(int before, int after) {
    }

    /**
     * @param changed how many of the municipality's interventions change
     * @param founded how many are founded (erkend or gefundeerd)
     */
    public record Impact(int changed, Count founded) {
    }

    public record Preview(long fromVersion, long toVersion, List<Change> changes, Map<String, Impact> byMunicipality) {
    }

    private static final class Tally {
        private int changed;
        private int foundedBefore;
        private int foundedAfter;

        void count(Judgement before, Judgement after) {
            changed += before.equals(after) ? 0 : 1;
            foundedBefore += before.evidenceLevel().founded() ? 1 : 0;
            foundedAfter += after.evidenceLevel().founded() ? 1 : 0;
        }

        Impact impact() {
            return new Impact(changed, new Count(foundedBefore, foundedAfter));
        }
    }
}
