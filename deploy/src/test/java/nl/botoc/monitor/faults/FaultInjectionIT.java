package nl.botoc.monitor.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.botoc.monitor.faults.FaultSystem.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static nl.botoc.monitor.faults.Scenario.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected into the running system under load, one after the other on one system with one broker (the
 * three-broker cluster is {@link BrokerLossIT}). Each scenario has municipalities of its own, so its verdict
 * counts only its own events; the table is printed as it goes and kept in deploy/target/fault-report.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final int PORT_BASE = Integer.parseInt(System.getenv().getOrDefault("FAULTS_PORT_BASE", "18200"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static FaultSystem system;
    private static final List<String> EVERY_MUNICIPALITY = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        system = FaultSystem.start("single-broker", PORT_BASE, 1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void registryKilledUnderLoad() throws Exception {
        Scenario scenario = new Scenario("registry-service SIGKILL under load, restarted", 1);
        Ledger ledger = scenario.run(system, faultLedger -> {
            system.kill(Service.REGISTRY);
            system.restart(Service.REGISTRY);
        });
        scenario.judge(system, ledger);
        assertThat(ledger.with(Ledger.Outcome.UNKNOWN)).as("every client got its answer by retrying").isEmpty();
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
    }

    @Test
    @Order(2)
    void kafkaStoppedForThirtySeconds() throws Exception {
        Scenario scenario = new Scenario("Kafka broker stopped 30 s under load", 2)
                .interventions(80).pause(Duration.ofMillis(400));
        int[] acceptedWhileDown = new int[1];
        Ledger ledger = scenario.run(system, faultLedger -> {
            system.kafka().stop(1);
            int before = faultLedger.acknowledgedCount();
            Thread.sleep(Duration.ofSeconds(30).toMillis());
            acceptedWhileDown[0] = faultLedger.acknowledgedCount() - before;
            system.kafka().start(1);
        });
        scenario.judge(system, ledger);
        assertThat(acceptedWhileDown[0]).as("registry kept accepting while Kafka was down").isPositive();
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoad() throws Exception {
        Scenario scenario = new Scenario("PostgreSQL stopped 10 s under load, restarted", 3)
                .pause(Duration.ofMillis(100));
        Ledger ledger = scenario.run(system, faultLedger -> {
            system.postgres().stop();
            Thread.sleep(Duration.ofSeconds(10).toMillis());
            system.postgres().start();
        });
        scenario.judge(system, ledger);
        assertThat(ledger.serviceUnavailableCount()).as("requests during the outage got 503 problem+json")
                .isPositive();
        assertThat(ledger.serverErrorCount()).as("no other 5xx than 503").isZero();
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
    }

    @Test
    @Order(4)
    void twoScanInstancesOneKilled() throws Exception {
        system.startSecondScan();
        Scenario scenario = new Scenario("two scan-service instances in one group, one SIGKILLed", 4)
                .pause(Duration.ofMillis(50));
        Ledger ledger = scenario.run(system, faultLedger -> system.secondScan().kill());
        scenario.judge(system, ledger);
        assertThat(system.projections().gaps()).as("no event waits for a predecessor").isEmpty();
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
    }

    /**
     * The log itself misbehaves, as a broken producer or a replay would make it: the scenario's events delivered
     * a second time; the events of new interventions delivered last-first; poison (no JSON, and an event of an
     * unknown theme) ahead of them in their partition.
     */
    @Test
    @Order(5)
    void duplicatesOutOfOrderAndPoison() throws Exception {
        Scenario scenario = new Scenario("duplicates, out of order and poison on the log", 5).interventions(30);
        Ledger ledger = scenario.run(system, faultLedger -> { });
        try (KafkaLog log = new KafkaLog(system.kafka().bootstrapServers())) {
            List<ConsumerRecord<String, String>> ours = log.readAll(KafkaLog.LIFECYCLE).stream()
                    .filter(r -> scenario.municipalities().contains(municipality(r))).toList();
            for (ConsumerRecord<String, String> record : ours) {
                log.produce(KafkaLog.LIFECYCLE, record.key(), record.value());
            }
            Map<String, List<ConsumerRecord<String, String>>> byIntervention = new LinkedHashMap<>();
            ours.forEach(r -> byIntervention.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
            List<String> poisoned = new ArrayList<>();
            for (List<ConsumerRecord<String, String>> events : byIntervention.values().stream().limit(5).toList()) {
                List<ObjectNode> copies = renamed(events, ledger);
                String key = copies.get(0).path("interventionId").asText();
                log.produce(KafkaLog.LIFECYCLE, key, "{ dit is geen JSON");
                log.produce(KafkaLog.LIFECYCLE, key, unknownTheme(copies.get(0)).toString());
                poisoned.add(key);
                copies.sort(Comparator.comparingLong((ObjectNode e) -> e.path("sequence").asLong()).reversed());
                for (ObjectNode event : copies) {
                    log.produce(KafkaLog.LIFECYCLE, key, event.toString());
                }
            }
            Instant delivered = Instant.now();
            awaitUntil(() -> Verdict.caughtUp(ledger, system.projections()), Duration.ofMinutes(2),
                    "the reordered copies to be applied");
            scenario.recoveredSince(delivered);
            scenario.judge(system, ledger);
            Set<String> deadLettered = new HashSet<>();
            awaitUntil(() -> {
                log.readAll(KafkaLog.DEAD_LETTERS).stream()
                        .filter(r -> r.headers().lastHeader("dead-letter-reason") != null)
                        .forEach(r -> deadLettered.add(r.key()));
                return deadLettered.containsAll(poisoned);
            }, Duration.ofMinutes(1), "the poison to reach the dead-letter topic");
        }
        assertThat(system.projections().gaps()).isEmpty();
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
    }

    /** A scan-service rebuilding from the whole log (empty database, new group) is killed halfway and restarted. */
    @Test
    @Order(6)
    void scanKilledMidReplay() throws Exception {
        Scenario scenario = new Scenario("scan-service SIGKILL mid-replay, restarted", 6).interventions(40);
        Ledger ledger = scenario.run(system, faultLedger -> { });
        Map<String, JsonNode> before = scanDocuments();
        system.stop(Service.SCAN);
        Map<String, String> replay = Map.of(
                "MP_MESSAGING_INCOMING_INTERVENTIONS_LIFECYCLE_GROUP_ID", "scan-replay",
                "QUARKUS_FLYWAY_CLEAN_DISABLED", "false", "QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        system.restart(Service.SCAN, replay);
        try (KafkaLog log = new KafkaLog(system.kafka().bootstrapServers())) {
            awaitUntil(() -> log.lag("scan-replay", KafkaLog.LIFECYCLE) < totalRecords(log) * 3 / 4,
                    Duration.ofMinutes(2), "the replay to be under way");
            system.kill(Service.SCAN);
            long replayed = totalRecords(log) - log.lag("scan-replay", KafkaLog.LIFECYCLE);
            System.out.printf("scan-service killed after %d of %d lifecycle records%n", replayed, totalRecords(log));
            system.restart(Service.SCAN, Map.of("MP_MESSAGING_INCOMING_INTERVENTIONS_LIFECYCLE_GROUP_ID", "scan-replay"));
            Instant restarted = Instant.now();
            awaitUntil(() -> log.lag("scan-replay", KafkaLog.LIFECYCLE) == 0, Duration.ofMinutes(3),
                    "the replay to finish");
            awaitUntil(() -> withoutDerivationTimes(scanDocuments()).equals(withoutDerivationTimes(before)),
                    Duration.ofMinutes(1), "the rebuilt scans to equal the scans before");
            scenario.recoveredSince(restarted);
        }
        scenario.judge(system, ledger);
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
    }

    /**
     * Both consumers are moved back to the start of the log: scan-service on its own database (every event comes
     * again and must change nothing), reporting-service on an emptied one (it rebuilds its read model). What they
     * show afterwards equals what they showed before.
     */
    @Test
    @Order(7)
    void offsetsResetToTheStart() throws Exception {
        Scenario scenario = new Scenario("consumer offsets reset to the start", 7).interventions(30);
        Ledger ledger = scenario.run(system, faultLedger -> { });
        EVERY_MUNICIPALITY.addAll(scenario.municipalities());
        Map<String, JsonNode> scansBefore = scanDocuments();
        Map<String, JsonNode> reportsBefore = reportingDocuments();
        system.stop(Service.SCAN);
        system.stop(Service.REPORTING);
        try (KafkaLog log = new KafkaLog(system.kafka().bootstrapServers())) {
            log.rewind("scan-replay", KafkaLog.LIFECYCLE);
            log.rewind("reporting-service", KafkaLog.SCANS);
            log.rewind("reporting-lifecycle", KafkaLog.LIFECYCLE);
            system.restart(Service.SCAN, Map.of("MP_MESSAGING_INCOMING_INTERVENTIONS_LIFECYCLE_GROUP_ID", "scan-replay"));
            system.restart(Service.REPORTING, Map.of(
                    "QUARKUS_FLYWAY_CLEAN_DISABLED", "false", "QUARKUS_FLYWAY_CLEAN_AT_START", "true"));
            Instant restarted = Instant.now();
            awaitUntil(() -> log.lag("scan-replay", KafkaLog.LIFECYCLE) == 0
                            && log.lag("reporting-service", KafkaLog.SCANS) == 0
                            && log.lag("reporting-lifecycle", KafkaLog.LIFECYCLE) == 0,
                    Duration.ofMinutes(3), "both services to re-read the whole log");
            scenario.recoveredSince(restarted);
        }
        assertThat(scanDocuments()).isEqualTo(scansBefore);
        assertThat(reportingDocuments()).isEqualTo(reportsBefore);
        scenario.judge(system, ledger);
    }

    private static Map<String, JsonNode> scanDocuments() throws Exception {
        Map<String, JsonNode> documents = new HashMap<>();
        for (String municipality : EVERY_MUNICIPALITY) {
            documents.put(municipality, system.projections().scanDocument(municipality));
        }
        return documents;
    }

    private static Map<String, JsonNode> reportingDocuments() throws Exception {
        Map<String, JsonNode> documents = new HashMap<>();
        for (String municipality : EVERY_MUNICIPALITY) {
            documents.put(municipality, system.projections().reportingDocument(municipality));
        }
        return documents;
    }

    /** A rebuilt scan is derived anew, so only its derivation time may differ. */
    private static Map<String, JsonNode> withoutDerivationTimes(Map<String, JsonNode> documents) {
        Map<String, JsonNode> stripped = new HashMap<>();
        documents.forEach((municipality, scans) -> {
            JsonNode copy = scans.deepCopy();
            copy.forEach(scan -> ((ObjectNode) scan).remove("derivedAt"));
            stripped.put(municipality, copy);
        });
        return stripped;
    }

    private static long totalRecords(KafkaLog log) throws Exception {
        return log.size(KafkaLog.LIFECYCLE);
    }

    private static String municipality(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("municipality").asText();
        } catch (Exception notAnEvent) {
            return "";
        }
    }

    /**
     * The events of one intervention as those of a new one (new ids, same content), entered in the ledger as
     * delivered: the projections must show them exactly as if registry had acknowledged them.
     */
    private static List<ObjectNode> renamed(List<ConsumerRecord<String, String>> events, Ledger ledger)
            throws Exception {
        UUID intervention = UUID.randomUUID();
        Map<String, String> newIds = new HashMap<>();
        List<ObjectNode> copies = new ArrayList<>();
        for (ConsumerRecord<String, String> record : events) {
            ObjectNode event = (ObjectNode) JSON.readTree(record.value());
            if (copies.stream().anyMatch(c -> c.path("sequence").equals(event.path("sequence")))) {
                continue;
            }
            String eventId = UUID.randomUUID().toString();
            newIds.put(event.path("eventId").asText(), eventId);
            event.put("eventId", eventId);
            event.put("interventionId", intervention.toString());
            copies.add(event);
        }
        for (ObjectNode event : copies) {
            if (event.has("causationId")) {
                event.put("causationId", newIds.getOrDefault(event.path("causationId").asText(),
                        event.path("causationId").asText()));
            }
            JsonNode details = event.path("payload").path("details");
            String name = details.isMissingNode() ? event.path("payload").path("changes").path("name").asText(null)
                    : details.path("name").asText();
            ledger.acknowledged(UUID.fromString(event.path("eventId").asText()), intervention,
                    event.path("municipality").asText(), event.path("sequence").asLong(), name);
        }
        return copies;
    }

    /**
     * The registration of another new intervention naming a theme the evidence base does not know (sent under the
     * key of the reordered one, so that it lies in the same partition ahead of its events).
     */
    private static ObjectNode unknownTheme(ObjectNode registration) {
        ObjectNode poison = registration.deepCopy();
        poison.put("eventId", UUID.randomUUID().toString());
        poison.put("interventionId", UUID.randomUUID().toString());
        ((ObjectNode) poison.path("payload").path("details")).putArray("themes").add("bestaat-niet");
        return poison;
    }
}
