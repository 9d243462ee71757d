package nl.botoc.monitor.scan.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import nl.botoc.monitor.scan.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static nl.botoc.monitor.scan.Authorised.asMinistry;
import static nl.botoc.monitor.scan.ScanApi.scanOf;
import static nl.botoc.monitor.scan.TestEvents.cancelled;
import static nl.botoc.monitor.scan.TestEvents.completed;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.goalsSetTo;
import static nl.botoc.monitor.scan.TestEvents.occurredAt;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.plannedWithGoals;
import static nl.botoc.monitor.scan.TestEvents.progressReported;
import static nl.botoc.monitor.scan.TestEvents.renamed;
import static nl.botoc.monitor.scan.TestEvents.rethemed;
import static nl.botoc.monitor.scan.TestEvents.started;
import static nl.botoc.monitor.scan.TestGoals.COACHED;
import static nl.botoc.monitor.scan.TestGoals.RECIDIVISM;
import static nl.botoc.monitor.scan.TestGoals.impact;
import static nl.botoc.monitor.scan.TestGoals.lowered;
import static nl.botoc.monitor.scan.TestGoals.output;
import static nl.botoc.monitor.scan.TestGoals.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer against the real broker and database: every test uses interventions of its own. */
@QuarkusTest
class LifecycleEventConsumerTest {

    /** Generous: a fresh consumer group first reads the whole lifecycle log that other tests left behind. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void plannedThenStartedIsPublishedAsAStartedScan() {
        UUID id = UUID.randomUUID();
        try (TestKafka.Tail scans = kafka.tail(Topics.SCANS)) {
            kafka.send(event(id, "GM0363", 1, planned("AMS1", "Preventie met Gezag")));
            RecordMetadata startedAt = kafka.send(event(id, "GM0363", 2, started()));

            InterventionScan scan = awaitPublished(scans, id, 2);

            assertThat(scan.status()).isEqualTo(LifecycleStatus.STARTED);
            assertThat(scan.code()).isEqualTo("AMS1");
            assertThat(scan.lifecyclePartition()).isEqualTo(startedAt.partition());
            assertThat(scan.lifecycleOffset()).isEqualTo(startedAt.offset());
            assertThat(scanOf(id)).contains(scan);
        }
    }

    @Test
    void progressReportIsPublishedAsANewScanWithTheMonitoringTheRulesGive() {
        UUID id = UUID.randomUUID();
        try (TestKafka.Tail scans = kafka.tail(Topics.SCANS)) {
            kafka.send(event(id, "GM0202", 1, plannedWithGoals("ARN1", output(COACHED, target(2021, "60")),
                    impact(RECIDIVISM, target(2022, "25.5")))));
            kafka.send(event(id, "GM0202", 2, started()));
            kafka.send(event(id, "GM0202", 3, progressReported(COACHED, 2021, "62", "jongeren")));

            InterventionScan scan = awaitPublished(scans, id, 3);

            assertThat(scan.status()).isEqualTo(LifecycleStatus.STARTED);
            assertThat(scan.adjusted()).isFalse();
            assertThat(scan.monitoring()).isEqualTo(new MonitoringQuality(true, true, occurredAt(3),
                    occurredAt(3).date().plusDays(MonitoringQuality.QUIET_AFTER_DAYS), List.of(), false));
            assertThat(scanOf(id)).contains(scan);
        }
    }

    @Test
    void goalsLoweredAfterThePlanArePublishedAsLoweredTargets() {
        UUID id = UUID.randomUUID();
        try (TestKafka.Tail scans = kafka.tail(Topics.SCANS)) {
            kafka.send(event(id, "GM0202", 1, plannedWithGoals("ARN1",
                    output(COACHED, target(2021, "80"), target(2022, "80")))));
            kafka.send(event(id, "GM0202", 2, started()));
            kafka.send(event(id, "GM0202", 3, goalsSetTo(output(COACHED, target(2021, "60")))));

            InterventionScan scan = awaitPublished(scans, id, 3);

            assertThat(scan.monitoring().loweredTargets()).containsExactly(
                    lowered(COACHED, 2021, "80", "60"), lowered(COACHED, 2022, "80", null));
            assertThat(scan.classification().adjustedFields()).containsExactly("measurableGoals");
            assertThat(scanOf(id)).contains(scan);
        }
    }

    @Test
    void redeliveredAndStaleEventsAreAppliedOnce() {
        UUID id = UUID.randomUUID();
        LifecycleEvent plannedEvent = event(id, "GM0599", 1, planned("ROT1", "Schoon Schip"));

        kafka.send(plannedEvent);
        kafka.send(plannedEvent);
        kafka.send(event(id, "GM0599", 2, started()));
        kafka.send(plannedEvent);
        // the events of one key are consumed in order, so once this one is applied the others were handled
        kafka.send(event(id, "GM0599", 3, completed()));

        awaitScan(id, scan -> scan.lifecycleSequence() == 3);
        assertThat(queryLong("SELECT count(*) FROM applied_event WHERE event_id = ?", plannedEvent.eventId()))
                .isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM applied_event WHERE intervention_id = ?", id)).isEqualTo(3);
        // Events taken in one batch share a revision; a redelivery adds none.
        assertThat(queryLong("SELECT revision FROM intervention_scan WHERE intervention_id = ?", id))
                .as("at most one revision per applied event").isBetween(1L, 3L);
        assertThat(scanOf(id).orElseThrow().status()).isEqualTo(LifecycleStatus.COMPLETED);
    }

    @Test
    void eventAfterAGapIsParkedUntilTheMissingOneArrives() {
        UUID id = UUID.randomUUID();
        kafka.send(event(id, "GM0599", 1, planned("ROT1", "Schoon Schip")));
        kafka.send(event(id, "GM0599", 3, renamed("Bon Sjans")));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(gapsOf(id))
                .singleElement()
                .satisfies(gap -> {
                    assertThat(gap.get("sequence")).isEqualTo(3);
                    assertThat(gap.get("awaitingSequence")).isEqualTo(2);
                    assertThat(gap.get("type")).isEqualTo("adjusted");
                }));
        assertThat(scanOf(id).orElseThrow().lifecycleSequence()).isEqualTo(1);

        kafka.send(event(id, "GM0599", 2, started()));

        InterventionScan scan = awaitScan(id, current -> current.lifecycleSequence() == 3);
        assertThat(scan.status()).isEqualTo(LifecycleStatus.STARTED);
        assertThat(scan.name()).isEqualTo("Bon Sjans");
        assertThat(scan.adjusted()).isTrue();
        assertThat(gapsOf(id)).isEmpty();
    }

    @Test
    void aBurstOfEventsIsAppliedAsIfOneAtATimeWhateverBatchesItIsPolledIn() {
        UUID owned = UUID.randomUUID();
        UUID forgedOnto = UUID.randomUUID();
        LifecycleEvent forged = event(forgedOnto, "GM0599", 2, cancelled());
        String malformed = "{\"not\": \"a lifecycle event\", \"about\": \"" + owned + "\"}";
        try (TestKafka.Tail deadLetters = kafka.tail(Topics.LIFECYCLE_DEAD_LETTER)) {
            kafka.send(event(owned, "GM0363", 1, planned("AMS6", "In een keer")));
            kafka.send(event(owned, "GM0363", 3, renamed("In een keer Noord")));
            kafka.send(owned.toString(), malformed);
            kafka.send(event(forgedOnto, "GM0363", 1, planned("AMS7", "Eigen")));
            kafka.send(forged);
            kafka.send(event(owned, "GM0363", 2, started()));
            kafka.send(event(forgedOnto, "GM0363", 2, started()));

            InterventionScan scan = awaitScan(owned, current -> current.lifecycleSequence() == 3);
            assertThat(scan.status()).isEqualTo(LifecycleStatus.STARTED);
            assertThat(scan.name()).isEqualTo("In een keer Noord");
            assertThat(gapsOf(owned)).isEmpty();
            assertThat(awaitScan(forgedOnto, current -> current.lifecycleSequence() == 2).status())
                    .isEqualTo(LifecycleStatus.STARTED);
            // Dead letters of different partitions come in no particular order.
            Predicate<ConsumerRecord<String, String>> ours = record ->
                    owned.toString().equals(record.key()) || forgedOnto.toString().equals(record.key());
            Map<String, String> deadLettered = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(ours, PATIENCE);
                deadLettered.put(deadLetter.key(), deadLetter.value());
            }
            assertThat(deadLettered).containsOnly(Map.entry(owned.toString(), malformed),
                    Map.entry(forgedOnto.toString(), EventJson.write(forged)));
            assertThat(queryLong("SELECT count(*) FROM applied_event WHERE intervention_id = ?", owned)).isEqualTo(3);
            assertThat(queryLong("SELECT count(*) FROM applied_event WHERE event_id = ?", forged.eventId())).isZero();
        }
    }

    @Test
    void firstSeenEventThatIsNotTheFirstIsParked() {
        UUID id = UUID.randomUUID();
        kafka.send(event(id, "GM0599", 2, started()));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(gapsOf(id)).hasSize(1));
        assertThat(scanOf(id)).isEmpty();
    }

    @Test
    void malformedMessageIsDeadLetteredAndItsPartitionKeepsFlowing() {
        UUID id = UUID.randomUUID();
        String malformed = "{\"not\": \"a lifecycle event\", \"about\": \"" + id + "\"}";
        try (TestKafka.Tail deadLetters = kafka.tail(Topics.LIFECYCLE_DEAD_LETTER)) {
            RecordMetadata malformedAt = kafka.send(id.toString(), malformed);
            kafka.send(event(id, "GM0363", 1, planned("AMS2", "Na de malformatie")));

            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(
                    record -> id.toString().equals(record.key()), PATIENCE);

            assertThat(deadLetter.value()).isEqualTo(malformed);
            assertThat(header(deadLetter, "dead-letter-reason")).contains("LifecycleEvent is not valid");
            assertThat(header(deadLetter, "dead-letter-offset")).isEqualTo(String.valueOf(malformedAt.offset()));
            assertThat(awaitScan(id, scan -> true).code()).isEqualTo("AMS2");
        }
    }

    @Test
    void eventOfAnotherMunicipalityIsDeadLetteredAndTheOwnersNextEventIsApplied() {
        UUID id = UUID.randomUUID();
        LifecycleEvent forged = event(id, "GM0599", 2, cancelled());
        try (TestKafka.Tail deadLetters = kafka.tail(Topics.LIFECYCLE_DEAD_LETTER)) {
            kafka.send(event(id, "GM0363", 1, planned("AMS3", "Eigen interventie")));
            RecordMetadata forgedAt = kafka.send(forged);
            kafka.send(event(id, "GM0363", 2, started()));

            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(
                    record -> id.toString().equals(record.key()), PATIENCE);

            assertThat(deadLetter.value()).isEqualTo(EventJson.write(forged));
            assertThat(header(deadLetter, "dead-letter-reason"))
                    .isEqualTo("municipality GM0599 is not the owner of intervention " + id
                            + ": its registering event named GM0363");
            assertThat(header(deadLetter, "dead-letter-offset")).isEqualTo(String.valueOf(forgedAt.offset()));
            InterventionScan scan = awaitScan(id, current -> current.lifecycleSequence() == 2);
            assertThat(scan.status()).isEqualTo(LifecycleStatus.STARTED);
            assertThat(scan.municipality()).isEqualTo("GM0363");
            assertThat(queryLong("SELECT count(*) FROM applied_event WHERE event_id = ?", forged.eventId()))
                    .as("nothing of the forged event applied").isZero();
        }
    }

    @Test
    void eventOfAnotherMunicipalityParkedBeforeTheRegistrationIsNeverApplied() {
        UUID id = UUID.randomUUID();
        kafka.send(event(id, "GM0599", 2, cancelled()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(gapsOf(id)).hasSize(1));

        kafka.send(event(id, "GM0363", 1, planned("AMS5", "Na de vervalsing")));

        InterventionScan scan = awaitScan(id, current -> true);
        assertThat(scan.lifecycleSequence()).isEqualTo(1);
        assertThat(scan.status()).isEqualTo(LifecycleStatus.PLANNED);
        assertThat(gapsOf(id)).singleElement().satisfies(gap ->
                assertThat(gap.get("municipality")).isEqualTo("GM0599"));
    }

    @Test
    void eventNamingCodesTheEvidenceBaseDoesNotKnowIsDeadLetteredAndTheNextEventIsApplied() {
        UUID id = UUID.randomUUID();
        LifecycleEvent unknownTheme = event(id, "GM0363", 2, rethemed("gedrag-identiteit", "bestaat-niet"));
        try (TestKafka.Tail deadLetters = kafka.tail(Topics.LIFECYCLE_DEAD_LETTER)) {
            kafka.send(event(id, "GM0363", 1, planned("AMS4", "Weerbaar")));
            kafka.send(unknownTheme);
            kafka.send(event(id, "GM0363", 2, renamed("Weerbaar Zuidoost")));

            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(
                    record -> id.toString().equals(record.key()), PATIENCE);

            assertThat(deadLetter.value()).isEqualTo(EventJson.write(unknownTheme));
            assertThat(header(deadLetter, "dead-letter-reason")).contains("themes[1] 'bestaat-niet'");
            InterventionScan scan = awaitScan(id, current -> current.lifecycleSequence() == 2);
            assertThat(scan.name()).isEqualTo("Weerbaar Zuidoost");
            assertThat(scan.classification().adjustedFields()).containsExactly("name");
        }
    }

    /** The scan of the intervention that the service publishes once it applied the event with this sequence. */
    private static InterventionScan awaitPublished(TestKafka.Tail scans, UUID id, long sequence) {
        return EventJson.readScan(scans.awaitRecord(published -> id.toString().equals(published.key())
                && EventJson.readScan(published.value()).lifecycleSequence() == sequence, PATIENCE).value());
    }

    private InterventionScan awaitScan(UUID id, Predicate<InterventionScan> condition) {
        return await().atMost(PATIENCE).until(() -> scanOf(id), scan -> scan.filter(condition).isPresent())
                .orElseThrow();
    }

    private static List<Map<String, Object>> gapsOf(UUID id) {
        JsonPath gaps = asMinistry().get("/api/v1/scans/gaps").then().statusCode(200).extract().jsonPath();
        return gaps.getList("findAll { it.interventionId == '" + id + "' }");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .orElse(null);
    }

    private long queryLong(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
