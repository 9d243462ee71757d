package nl.botoc.monitor.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.Intervention;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** One recorded lifecycle event, which is also an outbox row until Kafka acknowledged it. */
@Entity
@Table(name = "intervention_event")
public class InterventionEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    /** Assigned by the database on insert. */
    @Column(insertable = false, updatable = false)
    public Long position;
    @Column(name = "intervention_id")
    public UUID interventionId;
    public long sequence;
    @Enumerated(EnumType.STRING)
    public EventType type;
    public String envelope;
    @Column(name = "state_after")
    @ColumnTransformer(write = "?::jsonb")
    public String stateAfter;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "published_at")
    public Instant publishedAt;

    /** The row that records {@code change}: its event as it will be published, and the state it led to. */
    public static InterventionEvent recording(Change change) {
        LifecycleEvent event = change.event();
        InterventionEvent row = new InterventionEvent();
        row.eventId = event.eventId();
        row.interventionId = event.interventionId();
        row.sequence = event.sequence();
        row.type = event.type();
        row.envelope = EventJson.write(event);
        row.stateAfter = EventJson.write(change.intervention());
        row.recordedAt = event.recordedAt();
        return row;
    }

    Change toChange() {
        return new Change(EventJson.read(stateAfter, Intervention.class), EventJson.readLifecycleEvent(envelope));
    }
}
