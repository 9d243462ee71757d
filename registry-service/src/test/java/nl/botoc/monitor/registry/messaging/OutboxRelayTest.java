package nl.botoc.monitor.registry.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.registry.TestDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.adjustment;
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

    private KafkaConsumer<String, String> consumer;

    @BeforeEach
    void readTheTopicFromTheBeginningInAGroupOfItsOwn() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-outbox-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.LIFECYCLE));
    }

    @AfterEach
    void closeConsumer() {
        consumer.close();
    }

    @Test
    void committedEventIsPublishedAndThenMarkedPublished() {
        UUID id = registerOne(newMunicipality());
        LifecycleEvent registered = EventJson.readLifecycleEvent(
                given().get("/api/v1/interventions/{id}/events/1", id).then().statusCode(200).extract().asString());

        ConsumerRecord<String, String> published = recordsOf(id, 1).get(0);

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

        List<Long> sequences = recordsOf(id, 4).stream()
                .map(published -> EventJson.readLifecycleEvent(published.value()).sequence())
                .toList();

        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L);
    }

    /** Polls until the topic has given {@code count} records of the intervention, in the order they came. */
    private List<ConsumerRecord<String, String>> recordsOf(UUID interventionId, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(500)).forEach(published -> {
                if (interventionId.toString().equals(published.key())) {
                    found.add(published);
                }
            });
            return found.size() >= count;
        });
        return found;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> published) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : published.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
