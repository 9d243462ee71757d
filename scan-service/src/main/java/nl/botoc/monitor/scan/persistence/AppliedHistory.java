package nl.botoc.monitor.scan.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.scan.domain.ScanDerivation;
import nl.botoc.monitor.scan.domain.ScanState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One intervention's applied events in sequence order, with where on Kafka the last one was read: what its
 * scan is derived from. Loaded for many interventions in one query, so re-deriving them all is no N+1.
 */
public record AppliedHistory(UUID interventionId, List<LifecycleEvent> events, int lastPartition, long lastOffset) {

    /** Where a pass through the interventions in id order starts: the nil UUID, below every intervention's id. */
    public static final UUID FIRST = new UUID(0, 0);

    private static final String EVENTS_OF_BATCH = """
            SELECT e.intervention_id, e.envelope, e.kafka_partition, e.kafka_offset
            FROM applied_event e JOIN batch ON batch.intervention_id = e.intervention_id
            ORDER BY e.intervention_id, e.sequence""";

    public ScanState deriveUnder(EvidenceBase evidence) {
        return ScanDerivation.derive(events, evidence);
    }

    /** The scan as stored and published: derived under {@code evidence}, stamped with its last event's position. */
    public InterventionScan scanUnder(EvidenceBase evidence, Instant derivedAt) {
        return deriveUnder(evidence).toScan(lastPartition, lastOffset, derivedAt);
    }

    /** The histories of these interventions, those with applied events, in one query. */
    public static List<AppliedHistory> of(List<UUID> interventionIds) {
        if (interventionIds.isEmpty()) {
            return List.of();
        }
        return read(Panache.getEntityManager().createNativeQuery("""
                        WITH batch AS (SELECT unnest(:ids) AS intervention_id)
                        """ + EVENTS_OF_BATCH)
                .setParameter("ids", interventionIds.toArray(UUID[]::new))
                .getResultList());
    }

    /**
     * Up to {@code limit} interventions, in id order after {@code after}, whose scan was derived under a version
     * older than {@code version}; their scan rows stay locked until the transaction ends. Rows another
     * transaction holds are skipped, not waited for: another re-derivation has them, or the consumer is writing
     * a newer scan, which a later round finds if it is still behind. Paging by id, rather than always taking the
     * first ones behind, never passes the same re-derived rows twice.
     */
    public static List<AppliedHistory> derivedBefore(long version, UUID after, int limit) {
        return read(Panache.getEntityManager().createNativeQuery("""
                        WITH batch AS (
                            SELECT intervention_id FROM intervention_scan
                            WHERE intervention_id > :after AND evidence_version < :version
                            ORDER BY intervention_id LIMIT :limit FOR UPDATE SKIP LOCKED)
                        """ + EVENTS_OF_BATCH)
                .setParameter("version", version)
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Up to {@code limit} interventions with a scan, in id order after {@code after}. */
    public static List<AppliedHistory> after(UUID after, int limit) {
        return read(Panache.getEntityManager().createNativeQuery("""
                        WITH batch AS (
                            SELECT intervention_id FROM intervention_scan WHERE intervention_id > :after
                            ORDER BY intervention_id LIMIT :limit)
                        """ + EVENTS_OF_BATCH)
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Groups rows of (intervention id, envelope, partition, offset), ordered by intervention and sequence. */
    private static List<AppliedHistory> read(List<?> rows) {
        List<AppliedHistory> histories = new ArrayList<>();
        List<LifecycleEvent> events = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = (Object[]) rows.get(i);
            UUID interventionId = (UUID) row[0];
            events.add(EventJson.readLifecycleEvent((String) row[1]));
            boolean lastOfIntervention = i + 1 == rows.size()
                    || !interventionId.equals(((Object[]) rows.get(i + 1))[0]);
            if (lastOfIntervention) {
                histories.add(new AppliedHistory(interventionId, List.copyOf(events),
                        ((Number) row[2]).intValue(), ((Number) row[3]).longValue()));
                events.clear();
            }
        }
        return histories;
    }
}
