package nl.botoc.monitor.scan.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.TestKafka;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.get;
import static nl.botoc.monitor.scan.ScanApi.scanOf;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scans' topic out of reach (its producer points at a port where no broker listens) while everything else
 * works: the scans stay in their outbox, counted by the backlog gauge, and the relay tries again after growing
 * pauses instead of at every sweep (counted by scan_outbox_failed_rounds_total). That it drains when Kafka is back
 * is what every other test shows.
 */
@QuarkusTest
@TestProfile(KafkaOutOfReachTest.ScansTopicOutOfReach.class)
class KafkaOutOfReachTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration WATCHED = Duration.ofSeconds(20);
    private static final Pattern BACKLOG =
            Pattern.compile("scan_outbox_backlog\\{topic=\"interventions\\.scans\\.v1\"} ([0-9.E]+)");
    private static final Pattern FAILED_ROUNDS =
            Pattern.compile("scan_outbox_failed_rounds_total\\{topic=\"interventions\\.scans\\.v1\"} ([0-9.E]+)");

    /** A sweep every 200 ms and a 1 s wait for acknowledgements: without pauses, about 16 rounds in 20 s. */
    public static class ScansTopicOutOfReach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.outgoing.interventions-scans.bootstrap.servers", "127.0.0.1:9",
                    "scan.publish.ack-timeout", "1s",
                    "scan.publish.sweep-every", "200ms",
                    "scan.publish.retry-first", "2s",
                    "scan.publish.retry-ceiling", "8s");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void unacknowledgedScansStayStoredAndAreTriedAgainAfterGrowingPauses() throws Exception {
        UUID id = UUID.randomUUID();
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.send(event(id, "GM0363", 1, planned("AMS1", "Preventie met Gezag")));
            await().atMost(PATIENCE).until(() -> scanOf(id).isPresent());

            double before = metric(FAILED_ROUNDS).orElse(0.0);
            Thread.sleep(WATCHED.toMillis());
            double during = metric(FAILED_ROUNDS).orElseThrow() - before;

            assertThat(during).as("failed rounds in %s", WATCHED).isBetween(1.0, 7.0);
            assertThat(publishedRevision(id)).isZero();
            assertThat(metric(BACKLOG).orElseThrow()).isGreaterThanOrEqualTo(1);
        }
    }

    private long publishedRevision(UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT published_revision FROM intervention_scan WHERE intervention_id = ?")) {
            query.setObject(1, id);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getLong(1);
            }
        }
    }

    private static Optional<Double> metric(Pattern sample) {
        Matcher value = sample.matcher(get("/q/metrics").then().statusCode(200).extract().asString());
        return value.find() ? Optional.of(Double.parseDouble(value.group(1))) : Optional.empty();
    }
}
