package nl.botoc.monitor.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.Life;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** The current state of one intervention: what lists read, what a change locks, where the code stays unique. */
@Entity
@Table(name = "intervention")
public class InterventionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String municipality;
    public String code;
    @Enumerated(EnumType.STRING)
    public LifecycleStatus status;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    public boolean adjusted;
    public long version;
    @ColumnTransformer(write = "?::jsonb")
    public String details;
    /** The {@code occurred} of its registering event, as in the envelope: where its life begins. */
    @Column(name = "registration_occurred")
    @ColumnTransformer(write = "?::jsonb")
    public String registrationOccurred;
    /** The {@code occurred} of its completed or cancelled event; null while it has not ended. */
    @Column(name = "ending_occurred")
    @ColumnTransformer(write = "?::jsonb")
    public String endingOccurred;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    void apply(Intervention state) {
        id = state.id();
        municipality = state.municipality();
        code = state.details().code();
        status = state.status();
        origin = state.origin();
        adjusted = state.adjusted();
        version = state.version();
        details = EventJson.write(state.details());
        registrationOccurred = EventJson.write(state.life().registered());
        endingOccurred = state.life().ended() == null ? null : EventJson.write(state.life().ended());
        registeredAt = state.registeredAt();
        updatedAt = state.updatedAt();
    }

    Intervention toDomain() {
        Life life = new Life(EventJson.read(registrationOccurred, OccurredAt.class),
                endingOccurred == null ? null : EventJson.read(endingOccurred, OccurredAt.class));
        return new Intervention(id, municipality, origin, status, adjusted,
                EventJson.read(details, InterventionDetails.class), life, version, registeredAt, updatedAt);
    }
}
