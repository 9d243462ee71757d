package nl.botoc.monitor.registry.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.Life;
import nl.botoc.monitor.registry.persistence.InterventionEvent;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.net.URI;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's golden fixtures pass unchanged through the row the store writes and the record the relay sends. */
class LifecycleMessagesTest {

    private final ObjectMapper plainJson = new ObjectMapper();

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#LIFECYCLE")
    void goldenFixtureIsPublishedUnchanged(String fixture) throws Exception {
        String golden = GoldenFixtures.read(fixture);
        LifecycleEvent event = EventJson.readLifecycleEvent(golden);

        Message<String> message = LifecycleMessages.of(outboxRowOf(event));

        assertThat(plainJson.readTree(message.getPayload())).isEqualTo(plainJson.readTree(golden));
        assertThat(EventJson.readLifecycleEvent(message.getPayload())).isEqualTo(event);
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class)).hasValueSatisfying(
                kafka -> assertThat(kafka.getKey()).isEqualTo(event.interventionId().toString()));
    }

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#LIFECYCLE")
    void cloudEventsAttributesDescribeTheEvent(String fixture) {
        LifecycleEvent event = EventJson.readLifecycleEvent(GoldenFixtures.read(fixture));

        Message<String> message = LifecycleMessages.of(outboxRowOf(event));

        OutgoingCloudEventMetadata<?> cloudEvent = message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        assertThat(cloudEvent.getId()).isEqualTo(event.eventId().toString());
        assertThat(cloudEvent.getType()).isEqualTo("nl.botoc.monitor.intervention." + event.type().wireName());
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/registry-service"));
        assertThat(cloudEvent.getSubject()).contains(event.interventionId().toString());
        assertThat(cloudEvent.getTimeStamp().map(ZonedDateTime::toInstant)).contains(event.recordedAt());
        assertThat(cloudEvent.getDataContentType()).contains("application/json");
    }

    /** The row the store writes for the event; any state will do, as the message carries the event only. */
    private static InterventionEvent outboxRowOf(LifecycleEvent event) {
        Intervention anyState = new Intervention(event.interventionId(), event.municipality(), Origin.ORIGINAL_PLAN,
                LifecycleStatus.PLANNED, false, InterventionDetails.named("AMS1", "Preventie met Gezag"),
                new Life(event.occurred(), null), event.sequence(), event.recordedAt(), event.recordedAt());
        return InterventionEvent.recording(new Change(anyState, event));
    }
}
