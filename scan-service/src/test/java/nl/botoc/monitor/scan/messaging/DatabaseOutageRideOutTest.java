package nl.botoc.monitor.scan.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.scan.OutageDatabase;
import nl.botoc.monitor.scan.TestKafka;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.scan.Authorised.asMinistry;
import static nl.botoc.monitor.scan.ScanApi.scanOf;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.renamed;
import static nl.botoc.monitor.scan.TestEvents.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * PostgreSQL out of reach for some seconds, for real: the test database refuses connections and its open ones are
 * ended. Events that arrive meanwhile wait in the consumer, which retries until the database is back, and are then
 * applied in order; readiness is DOWN meanwhile and liveness UP, requests get 503.
 */
@QuarkusTest
class DatabaseOutageRideOutTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final String DATASOURCE_CHECK = "Database connections health check";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void eventsThatArriveDuringAnOutageAreAppliedInOrderWhenTheDatabaseIsBack() throws Exception {
        UUID id = UUID.randomUUID();
        try (TestKafka kafka = new TestKafka(bootstrapServers); TestKafka.Tail scans = kafka.tail(Topics.SCANS)) {
            kafka.send(event(id, "GM0363", 1, planned("AMS1", "Preventie met Gezag")));
            awaitPublished(scans, id, 1, PATIENCE);

            try (OutageDatabase outage = OutageDatabase.close(jdbcUrl, user, password.orElse(""))) {
                kafka.send(event(id, "GM0363", 2, started()));
                kafka.send(event(id, "GM0363", 3, renamed("Preventie met Gezag Noord")));

                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/health/ready").then()
                        .statusCode(503)
                        .body("checks.find { it.name == '" + DATASOURCE_CHECK + "' }.status", equalTo("DOWN")));
                given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
                asMinistry().get("/api/v1/scans/{id}", id).then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5");
                assertThat(scans.recordsWithin(OUTAGE)).noneMatch(record -> id.toString().equals(record.key()));
                given().get("/q/health/live").then().statusCode(200);
            }

            InterventionScan scan = awaitPublished(scans, id, 3, PATIENCE);
            assertThat(scan.status()).isEqualTo(LifecycleStatus.STARTED);
            assertThat(scan.name()).isEqualTo("Preventie met Gezag Noord");
            assertThat(scanOf(id)).contains(scan);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(200));
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/metrics").then().statusCode(200).body(containsString(
                    "ft_retry_retries_total{method=\"" + LifecycleEventConsumer.class.getName() + ".consume\"}"));
        }
    }

    private static InterventionScan awaitPublished(TestKafka.Tail scans, UUID id, long sequence, Duration timeout) {
        return EventJson.readScan(scans.awaitRecord(published -> id.toString().equals(published.key())
                && EventJson.readScan(published.value()).lifecycleSequence() == sequence, timeout).value());
    }
}
