package nl.botoc.monitor.registry.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.registry.CuttableLink;
import nl.botoc.monitor.registry.LifecycleTopic;
import nl.botoc.monitor.registry.LinkedServer;
import nl.botoc.monitor.registry.TestDatabase;
import nl.botoc.monitor.registry.TestEvidence;
import nl.botoc.monitor.registry.TestEvidenceTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Registry started while the Kafka broker cannot be reached (the link its clients bootstrap through is cut): it
 * accepts requests, keeps their events in the outbox and retries with backoff, stays ready (it accepts, which is
 * what readiness tells a load balancer) and alive, and once the broker can be reached it publishes the backlog in
 * order.
 */
@QuarkusTest
@TestProfile(KafkaUnreachableTest.BrokerBehindACutLink.class)
class KafkaUnreachableTest {

    public static class BrokerBehindACutLink implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(
                    new TestResourceEntry(LinkedServer.class, Map.of("server", "kafka", "cut", "true")),
                    new TestResourceEntry(TestEvidenceTopic.class, Map.of("topic", "registry-test.evidence.later")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // A send fails within a second, and the sweep would retry every second: with backoff the relay waits
            // 1-2 s after the first failed run, 2-4 s after the second, 4-8 s after the third.
            return Map.of("mp.messaging.outgoing.interventions-lifecycle.max.block.ms", "100",
                    "mp.messaging.outgoing.interventions-lifecycle.request.timeout.ms", "500",
                    "mp.messaging.outgoing.interventions-lifecycle.delivery.timeout.ms", "1000",
                    "registry.outbox.retry-initial", "2s");
        }
    }

    CuttableLink link;

    @Inject
    TestDatabase database;

    @Inject
    MeterRegistry meters;

    @AfterEach
    void giveTheBrokerBack() {
        link.restore();
    }

    @Test
    void eventsWaitInTheOutboxWithBackoffAndArriveInOrderOnceTheBrokerIsReachable() throws InterruptedException {
        UUID id = UUID.fromString(register(newMunicipality(), Map.of(
                "occurred", Map.of("date", "2020-09-01", "precision", "month"),
                "details", Map.of("code", newCode(), "name", "Knooppunt risicojeugd")))
                .statusCode(201).extract().path("id"));
        record(id, "\"1\"", event("started")).statusCode(201);

        Thread.sleep(10_000);
        assertThat(relayFailures()).as("failed relay runs in 11 s; without backoff 6 or more").isBetween(2.0, 4.0);
        assertThat(database.unpublishedOf(id)).isEqualTo(2);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        link.restore();
        await().atMost(Duration.ofSeconds(60)).until(() -> database.unpublishedOf(id) == 0);
        try (LifecycleTopic topic = new LifecycleTopic(TestEvidence.BOOTSTRAP_SERVERS)) {
            assertThat(topic.recordsOf(id, 2).stream()
                    .map(published -> EventJson.readLifecycleEvent(published.value()).sequence()))
                    .containsExactly(1L, 2L);
        }
    }

    private double relayFailures() {
        return meters.get("registry.outbox.relay.failures").counter().count();
    }
}
