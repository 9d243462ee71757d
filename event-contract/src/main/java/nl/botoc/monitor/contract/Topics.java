package nl.botoc.monitor.contract;

/** Kafka topic names, one place for producer and consumers: {@code <domain>.<stream>.v<major>}. */
public final class Topics {

    /** Every lifecycle event of every intervention, keyed by intervention id (6 partitions). */
    public static final String LIFECYCLE = "interventions.lifecycle.v1";

    /** The latest scan of each intervention, keyed by intervention id; compacted. */
    public static final String SCANS = "interventions.scans.v1";

    /** Changes to the evidence base (kennissynthese), each with the whole base after it; one partition, in order. */
    public static final String EVIDENCE_CHANGES = "evidence.changes.v1";

    /** Lifecycle events a consumer could not read or validate, kept for a person to look at. */
    public static final String LIFECYCLE_DEAD_LETTER = "interventions.lifecycle-dead-letter.v1";

    private Topics() {
    }
}
