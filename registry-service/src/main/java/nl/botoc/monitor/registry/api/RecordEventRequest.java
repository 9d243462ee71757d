package nl.botoc.monitor.registry.api;

import jakarta.validation.constraints.NotNull;
import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Adjusted;
import nl.botoc.monitor.contract.LifecyclePayload.Cancelled;
import nl.botoc.monitor.contract.LifecyclePayload.Completed;
import nl.botoc.monitor.contract.LifecyclePayload.ProgressReported;
import nl.botoc.monitor.contract.LifecyclePayload.Started;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.registry.domain.DetailsRules;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import nl.botoc.monitor.registry.domain.ProgressRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reports what happened to a registered intervention: started, adjusted, cancelled or completed, or the progress
 * it made.
 *
 * @param eventId      chosen by the client to make a retry recognisable; a new one when left out
 * @param note         for started, completed and progress-reported
 * @param reason       for adjusted and cancelled
 * @param changes      for adjusted, and required there: only the fields that changed; {} with a reason when the
 *                     change named no field
 * @param measurements for progress-reported, and required there: the measured values of its indicators
 */
@FollowsFieldRules
public record RecordEventRequest(
        UUID eventId,
        @NotNull EventType type,
        @NotNull OccurredAt occurred,
        String note,
        String reason,
        InterventionDetails changes,
        List<Measurement> measurements) implements FieldRules {

    /** Changes in which every field is left out: an adjustment that adjusts nothing. */
    private static final InterventionDetails NO_CHANGES = InterventionDetails.named(null, null);

    @Override
    public Map<String, String> brokenRules() {
        if (type == null) {
            return Map.of();
        }
        if (type.registers()) {
            return Map.of("type", "planned and added register an intervention: post them to "
                    + "/api/v1/municipalities/<cbsCode>/interventions");
        }
        Map<String, String> broken = new LinkedHashMap<>();
        givenFields().forEach((field, value) -> {
            if (value != null && !fieldsOfType().contains(field)) {
                broken.put(field, "a " + type.wireName() + " event has no " + field);
            }
        });
        if (type == EventType.ADJUSTED) {
            adjustmentSaysWhatChanged(broken);
        }
        if (type == EventType.PROGRESS_REPORTED) {
            broken.putAll(ProgressRules.brokenBy(measurements));
        }
        broken.putAll(DetailsRules.brokenBy("changes", changes));
        return broken;
    }

    /**
     * An adjustment lists the fields that changed. A report may tell of an adjustment without naming a changed
     * field (the reference data has one); then {@code changes} is {@code {}} and the reason says what happened.
     */
    private void adjustmentSaysWhatChanged(Map<String, String> broken) {
        if (changes == null) {
            broken.put("changes", "an adjustment says what changed: the changed fields, or {} and a reason");
        } else if (changes.equals(NO_CHANGES) && (reason == null || reason.isBlank())) {
            broken.put("changes", "names no changed field: list the fields that changed, or give a reason");
        }
    }

    LifecycleCommand toCommand(String actor) {
        return new LifecycleCommand(Objects.requireNonNullElseGet(eventId, UUID::randomUUID), occurred, payload(),
                actor);
    }

    private LifecyclePayload payload() {
        return switch (type) {
            case STARTED -> new Started(note);
            case ADJUSTED -> new Adjusted(changes, reason);
            case CANCELLED -> new Cancelled(reason);
            case COMPLETED -> new Completed(note);
            case PROGRESS_REPORTED -> new ProgressReported(measurements, note);
            case PLANNED, ADDED -> throw new IllegalStateException("validation lets no registering type through");
        };
    }

    /** The optional fields of this request, by name; LinkedHashMap because values may be null. */
    private Map<String, Object> givenFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("note", note);
        fields.put("reason", reason);
        fields.put("changes", changes);
        fields.put("measurements", measurements);
        return fields;
    }

    /** The optional fields the payload of this type carries. */
    private Set<String> fieldsOfType() {
        return switch (type) {
            case STARTED, COMPLETED -> Set.of("note");
            case ADJUSTED -> Set.of("changes", "reason");
            case CANCELLED -> Set.of("reason");
            case PROGRESS_REPORTED -> Set.of("measurements", "note");
            case PLANNED, ADDED -> Set.of();
        };
    }
}
