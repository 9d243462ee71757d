package nl.botoc.monitor.registry.api;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.registry.domain.Intervention;

import java.time.Instant;
import java.util.UUID;

/** An intervention as the API shows it; code and name are lifted out of the details so that lists read easily. */
public record InterventionState(
        UUID id,
        String municipality,
        String code,
        String name,
        LifecycleStatus status,
        Origin origin,
        boolean adjusted,
        long version,
        InterventionDetails details,
        Instant registeredAt,
        Instant updatedAt) {

    static InterventionState of(Intervention intervention) {
        return new InterventionState(intervention.id(), intervention.municipality(),
                intervention.details().code(), intervention.details().name(), intervention.status(),
                intervention.origin(), intervention.adjusted(), intervention.version(), intervention.details(),
                intervention.registeredAt(), intervention.updatedAt());
    }
}
