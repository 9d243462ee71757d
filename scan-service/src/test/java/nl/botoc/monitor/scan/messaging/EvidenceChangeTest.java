package nl.botoc.monitor.scan.messaging;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.scan.Authorised;
import nl.botoc.monitor.scan.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static nl.botoc.monitor.scan.Authorised.asResearcher;
import static nl.botoc.monitor.scan.EvidenceApi.change;
import static nl.botoc.monitor.scan.EvidenceApi.currentVersion;
import static nl.botoc.monitor.scan.EvidenceApi.preview;
import static nl.botoc.monitor.scan.EvidenceApi.reclassification;
import static nl.botoc.monitor.scan.ScanApi.scanOf;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Scans under the evidence base on the real broker and database: classified when derived, re-derived and
 * re-published after a change, untouched by a preview. Each test restores what it changes.
 */
@QuarkusTest
class EvidenceChangeTest {

    /** Generous: a fresh consumer group first reads the whole lifecycle log that other tests left behind. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String EVIDENCE_KEY = "kennissynthese";
    private static final String FOUNDED_ON_ANTISOCIAL_TRAITS = "Gefundeerd: richt zich op 'Antisociale "
            + "persoonlijkheidskenmerken' (gefundeerde risicofactor, afgeleid uit thema Gedrag/identiteit).";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

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
    void scanOfABehaviourInterventionIsPublishedFoundedOnAntisocialTraits() {
        UUID id = UUID.randomUUID();
        String municipality = municipality();
        try (TestKafka.Tail scans = kafka.tail(Topics.SCANS)) {
            kafka.send(event(id, municipality, 1, planned("GED1", "Weerbaar")));
            kafka.send(event(id, municipality, 2, started()));

            InterventionScan scan = awaitPublished(scans, id, published -> published.lifecycleSequence() == 2);

            assertThat(scan.evidenceVersion()).isEqualTo(currentVersion());
            assertThat(scan.classification().evidenceLevel()).isEqualTo(EvidenceLevel.GEFUNDEERD);
            assertThat(scan.classification().explanation())
                    .contains(FOUNDED_ON_ANTISOCIAL_TRAITS, "In uitvoering.");
        }
    }

    @Test
    void reclassifyingAFactorRepublishesEveryScanUnderTheNewVersion() {
        UUID id = UUID.randomUUID();
        try (TestKafka.Tail scans = kafka.tail(Topics.SCANS);
             TestKafka.Tail evidence = kafka.tail(Topics.EVIDENCE_CHANGES)) {
            kafka.send(event(id, municipality(), 1, planned("GED2", "Sterk in je schoenen")));
            InterventionScan founded = awaitPublished(scans, id, published -> true);
            long version = currentVersion();
            assertThat(founded.evidenceVersion()).isEqualTo(version);
            assertThat(founded.classification().evidenceLevel()).isEqualTo(EvidenceLevel.GEFUNDEERD);

            change(reclassification(ANTISOCIAL, "plausible"), version)
                    .statusCode(201)
                    .header("Location", endsWith("/api/v1/evidence/versions/" + (version + 1)))
                    .header("ETag", "\"" + (version + 1) + "\"")
                    .body("version", equalTo((int) version + 1))
                    .body("change.type", equalTo("factor-reclassified"));
            try {
                EvidenceChanged published = awaitEvidence(evidence, version + 1);
                assertThat(published.actor()).isEqualTo(Authorised.RESEARCHER);
                assertThat(published.change()).isEqualTo(new EvidenceChange.FactorReclassified(ANTISOCIAL,
                        EvidenceClass.PLAUSIBLE, "Test van de herafleiding"));
                assertThat(published.evidenceBase().riskFactor(ANTISOCIAL).orElseThrow().evidenceClass())
                        .isEqualTo(EvidenceClass.PLAUSIBLE);

                InterventionScan demoted = awaitPublished(scans, id, scan -> scan.evidenceVersion() == version + 1);
                assertThat(demoted.classification().evidenceLevel()).isEqualTo(EvidenceLevel.ONGEFUNDEERD);
                assertThat(demoted.lifecycleSequence()).isEqualTo(founded.lifecycleSequence());
            } finally {
                change(reclassification(ANTISOCIAL, "founded"), version + 1).statusCode(201);
            }

            InterventionScan restored = awaitPublished(scans, id, scan -> scan.evidenceVersion() == version + 2);
            assertThat(restored.classification()).isEqualTo(founded.classification());
            assertThat(asResearcher().get("/api/v1/evidence/versions/{v}", version + 2).then().statusCode(200)
                    .extract().jsonPath().getString("riskFactors.find { it.code == '" + ANTISOCIAL + "' }.evidenceClass"))
                    .isEqualTo("founded");
        }
    }

    @Test
    void previewReportsBeforeAndAfterAndChangesNothing() {
        UUID id = UUID.randomUUID();
        String municipality = municipality();
        kafka.send(event(id, municipality, 1, planned("GED3", "Eigen kracht")));
        long version = currentVersion();
        InterventionScan scan = await().atMost(PATIENCE).until(() -> scanOf(id),
                found -> found.filter(current -> current.evidenceVersion() == version).isPresent()).orElseThrow();
        int versions = asResearcher().get("/api/v1/evidence/versions").then().extract().jsonPath().getList("$")
                .size();

        try (TestKafka.Tail scans = kafka.tail(Topics.SCANS);
             TestKafka.Tail evidence = kafka.tail(Topics.EVIDENCE_CHANGES)) {
            JsonPath preview = preview(reclassification(ANTISOCIAL, "plausible")).then()
                    .statusCode(200).extract().jsonPath();

            assertThat(preview.getLong("fromVersion")).isEqualTo(version);
            assertThat(preview.getLong("toVersion")).isEqualTo(version + 1);
            Map<String, Object> change = preview.getMap("changes.find { it.interventionId == '" + id + "' }");
            assertThat(change).containsEntry("municipality", municipality).containsEntry("code", "GED3")
                    .containsEntry("name", "Eigen kracht").containsEntry("origin", "original-plan")
                    .containsEntry("before", Map.of("evidenceLevel", "gefundeerd", "approach", "preventief"))
                    .containsEntry("after", Map.of("evidenceLevel", "ongefundeerd", "approach", "preventief"));
            // Demoting a factor only ever takes founded scans away; other runs may have used the municipality too.
            int changedHere = preview.getList("changes.findAll { it.municipality == '" + municipality + "' }")
                    .size();
            Map<String, Object> impact = preview.getMap("byMunicipality." + municipality);
            assertThat(impact).containsEntry("changed", changedHere);
            Map<String, Integer> founded = preview.getMap("byMunicipality." + municipality + ".founded");
            assertThat(founded.get("before") - founded.get("after")).isEqualTo(changedHere);

            assertThat(currentVersion()).isEqualTo(version);
            assertThat(asResearcher().get("/api/v1/evidence/versions").then().extract().jsonPath().getList("$"))
                    .hasSize(versions);
            // Only what a change would publish is looked for: a sweep may still repeat an older message.
            assertThat(evidence.recordsWithin(Duration.ofSeconds(3))).noneMatch(record ->
                    EventJson.read(record.value(), EvidenceChanged.class).version() > version);
            assertThat(scans.recordsWithin(Duration.ofSeconds(1))).noneMatch(record ->
                    EventJson.readScan(record.value()).evidenceVersion() > version);
            assertThat(scanOf(id)).contains(scan);
        }
    }

    private static InterventionScan awaitPublished(TestKafka.Tail scans, UUID id, Predicate<InterventionScan> matches) {
        ConsumerRecord<String, String> record = scans.awaitRecord(published -> id.toString().equals(published.key())
                && matches.test(EventJson.readScan(published.value())), PATIENCE);
        return EventJson.readScan(record.value());
    }

    private static EvidenceChanged awaitEvidence(TestKafka.Tail evidence, long version) {
        ConsumerRecord<String, String> record = evidence.awaitRecord(published -> EVIDENCE_KEY.equals(published.key())
                && EventJson.read(published.value(), EvidenceChanged.class).version() == version, PATIENCE);
        return EventJson.read(record.value(), EvidenceChanged.class);
    }

    /** A code no real municipality has (GM8xxx), so few other interventions share it. */
    private static String municipality() {
        return String.format("GM8%03d", ThreadLocalRandom.current().nextInt(1000));
    }
}
