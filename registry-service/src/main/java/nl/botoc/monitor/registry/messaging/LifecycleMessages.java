package nl.botoc.monitor.registry.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import nl.botoc.monitor.registry.persistence.InterventionEvent;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.net.URI;
import java.time.ZoneOffset;

/**
 * The Kafka record of one outbox row: the envelope exactly as stored, keyed by intervention id so that each
 * intervention's events share a partition, with the CloudEvents attributes as {@code ce_*} headers.
 */
final class LifecycleMessages {

    static final URI SOURCE = URI.create("/registry-service");
    static final String TYPE_PREFIX = "nl.botoc.monitor.intervention.";

    private LifecycleMessages() {
    }

    static Message<String> of(InterventionEvent row) {
        return Message.of(row.envelope)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(row.interventionId.toString())
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(row.eventId.toString())
                        .withSource(SOURCE)
                        .withType(TYPE_PREFIX + row.type.wireName())
                        .withSubject(row.interventionId.toString())
                        .withTimestamp(row.recordedAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
    }
}
