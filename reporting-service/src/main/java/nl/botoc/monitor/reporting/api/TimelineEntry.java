package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.reporting.domain.RecordedEvent;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One lifecycle event on an intervention's timeline, with what its payload says in plain fields: the name it
 * registered, its note or reason, and for an adjustment which fields it changed.
 */
public record TimelineEntry(long sequence, UUID eventId, EventType type, OccurredAt occurred, Instant recordedAt,
                            int partition, long offset, String name, String note, String reason,
                            List<String> changedFields) {

    private static final DateTimeFormatter RECORDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public static TimelineEntry of(RecordedEvent recorded) {
        LifecycleEvent event = recorded.event();
        LifecyclePayload payload = event.payload();
        Texts texts = switch (payload.type()) {
            case PLANNED -> new Texts(((LifecyclePayload.Planned) payload).details().name(), null, null, List.of());
            case ADDED -> new Texts(((LifecyclePayload.Added) payload).details().name(), null,
                    ((LifecyclePayload.Added) payload).reason(), List.of());
            case STARTED -> new Texts(null, ((LifecyclePayload.Started) payload).note(), null, List.of());
            case ADJUSTED -> new Texts(((LifecyclePayload.Adjusted) payload).changes().name(), null,
                    ((LifecyclePayload.Adjusted) payload).reason(),
                    changedFields(((LifecyclePayload.Adjusted) payload).changes()));
            case CANCELLED -> new Texts(null, null, ((LifecyclePayload.Cancelled) payload).reason(), List.of());
            case COMPLETED -> new Texts(null, ((LifecyclePayload.Completed) payload).note(), null, List.of());
            case PROGRESS_REPORTED -> new Texts(null, ((LifecyclePayload.ProgressReported) payload).note(), null,
                    List.of());
        };
        return new TimelineEntry(event.sequence(), event.eventId(), event.type(), event.occurred(),
                event.recordedAt(), recorded.partition(), recorded.offset(), texts.name, texts.note, texts.reason,
                texts.changedFields);
    }

    /** The changed fields for a sentence, e.g. "name, themes"; empty when none. */
    public String changedText() {
        return String.join(", ", changedFields);
    }

    /** When registry stored it, to the minute, in UTC. */
    public String recordedText() {
        return recordedAt == null ? "" : RECORDED.format(recordedAt);
    }

    /** An adjustment holds only what changed (InterventionDetails): the fields it gives are the fields it changed. */
    private static List<String> changedFields(InterventionDetails changes) {
        if (changes == null) {
            return List.of();
        }
        return Arrays.stream(InterventionDetails.class.getRecordComponents())
                .filter(component -> valueOf(component, changes) != null)
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object valueOf(RecordComponent component, InterventionDetails details) {
        try {
            return component.getAccessor().invoke(details);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private record Texts(String name, String note, String reason, List<String> changedFields) {
    }
}
