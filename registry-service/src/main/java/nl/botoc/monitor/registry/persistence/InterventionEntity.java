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
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.registry.domain.Intervention;
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
        registeredAt = state.registeredAt();
        updatedAt = state.updatedAt();
    }

    Intervention toDomain() {
        return new Intervention(id, municipality, origin, status, adjusted,
                EventJson.read(details, InterventionDetails.class), version, registeredAt, updatedAt);
    }
}
