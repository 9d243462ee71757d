package nl.botoc.monitor.scan.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.LifecycleEvent;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A lifecycle event that has been applied to the scans: the record that makes applying it idempotent. */
@Entity
@Table(name = "applied_event")
public class AppliedEvent extends StoredEvent {

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Records the events as applied, in one statement. */
    public static void recordAll(List<LifecycleEvent> events, Map<UUID, Position> positions, Instant appliedAt) {
        insertAll("applied_event", "applied_at", events, positions, appliedAt);
    }

    /** Which of these event ids are applied already. */
    public static Set<UUID> alreadyApplied(List<UUID> eventIds) {
        List<?> applied = getEntityManager()
                .createNativeQuery("SELECT event_id FROM applied_event WHERE event_id = ANY(:ids)")
                .setParameter("ids", eventIds.toArray(UUID[]::new))
                .getResultList();
        Set<UUID> ids = new HashSet<>();
        applied.forEach(id -> ids.add((UUID) id));
        return ids;
    }
}
