package nl.botoc.monitor.registry.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.registry.LifecycleTopic;
import nl.botoc.monitor.registry.TestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.botoc.monitor.registry.RegistryApi.adjustment;
import static nl.botoc.monitor.registry.RegistryApi.asMinistry;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay against the real broker: what a request committed reaches the topic, and only then counts as published. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    TestDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private LifecycleTopic topic;

    @BeforeEach
    void readTheTopicFromTheBeginning() {
        topic = new LifecycleTopic(bootstrapServers);
    }

    @AfterEach
    void closeConsumer() {
        topic.close();
    }

    @Test
    void committedEventIsPublishedAndThenMarkedPublished() {
        UUID id = registerOne(newMunicipality());
        LifecycleEvent registered = EventJson.readLifecycleEvent(asMinistry()
                .get("/api/v1/interventions/{id}/events/1", id).then().statusCode(200).extract().asString());

        ConsumerRecord<String, String> published = topic.recordsOf(id, 1).get(0);

        assertThat(published.key()).isEqualTo(id.toString());
        assertThat(EventJson.readLifecycleEvent(published.value())).isEqualTo(registered);
        assertThat(headers(published)).containsAllEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", registered.eventId().toString(),
                "ce_type", "nl.botoc.monitor.intervention.planned",
                "ce_source", "/registry-service",
                "ce_subject", id.toString(),
                "content-type", "application/json"));
        assertThat(headers(published)).containsKey("ce_time");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(database.publishedAt(registered.eventId())).isPresent());
    }

    @Test
    void eventsOfOneInterventionArriveInSequenceOrder() {
        UUID id = registerOne(newMunicipality());
        record(id, "\"1\"", event("started")).statusCode(201);
        record(id, "\"2\"", adjustment(Map.of("name", "Bon Sjans"))).statusCode(201);
        record(id, "\"3\"", event("completed")).statusCode(201);

        List<Long> sequences = topic.recordsOf(id, 4).stream()
                .map(published -> EventJson.readLifecycleEvent(published.value()).sequence())
                .toList();

        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L);
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> published) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : published.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
