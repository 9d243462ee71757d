package nl.botoc.monitor.reporting;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scans for tests: a planned original-plan intervention in Amsterdam unless told otherwise, without a
 * classification as older producers publish them until {@link #classified} gives it one.
 */
public final class ScanBuilder {

    private static final AtomicInteger NEXT_MUNICIPALITY = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private UUID interventionId = UUID.randomUUID();
    private String municipality = "GM0363";
    private LifecycleStatus status = LifecycleStatus.PLANNED;
    private Origin origin = Origin.ORIGINAL_PLAN;
    private boolean adjusted;
    private long sequence = 1;
    private int partition;
    private long offset;
    private long evidenceVersion;
    private String code = "T1";
    private String name = "Testinterventie";
    private OccurredAt lastOccurred = new OccurredAt(LocalDate.of(2021, 6, 1), DatePrecision.MONTH);
    private boolean classified;
    private EvidenceLevel level;
    private Approach approach;
    private List<String> themes;
    private String primaryTheme;
    private List<TargetedFactor> factors = List.of();
    private List<String> explanation = List.of();
    private MonitoringQuality monitoring;

    private ScanBuilder() {
    }

    public static ScanBuilder aScan() {
        return new ScanBuilder();
    }

    /**
     * A valid CBS code no real municipality has (GM9xxx), so a test can count its own interventions apart: a new one
     * on every call of a run (from a random start, up to a thousand), since two tests sharing one would see each
     * other's interventions.
     */
    public static String randomTestMunicipality() {
        return String.format("GM9%03d", NEXT_MUNICIPALITY.getAndIncrement() % 1000);
    }

    public ScanBuilder id(UUID interventionId) {
        this.interventionId = interventionId;
        return this;
    }

    public ScanBuilder in(String municipality) {
        this.municipality = municipality;
        return this;
    }

    public ScanBuilder status(LifecycleStatus status) {
        this.status = status;
        return this;
    }

    public ScanBuilder origin(Origin origin) {
        this.origin = origin;
        return this;
    }

    public ScanBuilder added() {
        return origin(Origin.ADDED);
    }

    public ScanBuilder adjusted() {
        this.adjusted = true;
        return this;
    }

    public ScanBuilder sequence(long sequence) {
        this.sequence = sequence;
        return this;
    }

    /** Where the lifecycle event the scan reflects lies in the lifecycle log. */
    public ScanBuilder at(int partition, long offset) {
        this.partition = partition;
        this.offset = offset;
        return this;
    }

    public ScanBuilder evidenceVersion(long evidenceVersion) {
        this.evidenceVersion = evidenceVersion;
        return this;
    }

    public ScanBuilder code(String code) {
        this.code = code;
        return this;
    }

    public ScanBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ScanBuilder lastOccurred(OccurredAt lastOccurred) {
        this.lastOccurred = lastOccurred;
        return this;
    }

    /**
     * As scan-service classifies; any of the three may be null, for a producer that does not say. The first theme
     * is the primary one unless {@link #primary} says otherwise.
     */
    public ScanBuilder classified(EvidenceLevel level, Approach approach, String... themes) {
        this.classified = true;
        this.level = level;
        this.approach = approach;
        this.themes = themes == null ? null : Arrays.asList(themes);
        this.primaryTheme = themes == null || themes.length == 0 ? null : themes[0];
        return this;
    }

    /** The primary theme; null for an intervention whose strongest theme is not known. */
    public ScanBuilder primary(String primaryTheme) {
        this.primaryTheme = primaryTheme;
        return this;
    }

    public ScanBuilder targeting(TargetedFactor... factors) {
        this.factors = List.of(factors);
        return this;
    }

    public ScanBuilder explained(String... sentences) {
        this.explanation = List.of(sentences);
        return this;
    }

    /** How scan-service judged its monitoring; null (the default) as in scans from before contract version 2. */
    public ScanBuilder monitoring(MonitoringQuality monitoring) {
        this.monitoring = monitoring;
        return this;
    }

    /** A founded risk factor or a protective factor the intervention declares to work on. */
    public static TargetedFactor declared(String code, TargetedFactor.Kind kind) {
        return new TargetedFactor(code, kind, TargetedFactor.Provenance.DECLARED, List.of(),
                kind == TargetedFactor.Kind.RISK ? EvidenceClass.FOUNDED : null);
    }

    public InterventionScan build() {
        Classification classification = classified
                ? new Classification(level, approach, themes, primaryTheme, null, level == EvidenceLevel.EXPLORATIEF,
                !adjusted, List.of(), factors, explanation)
                : null;
        return new InterventionScan(interventionId, municipality, code, name, status, origin, adjusted,
                sequence, partition, offset, evidenceVersion, lastOccurred, Instant.parse("2026-01-01T00:00:00Z"),
                classification, monitoring);
    }
}
