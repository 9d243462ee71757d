package nl.botoc.monitor.scan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.scan.TestKafka;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.get;
import static nl.botoc.monitor.scan.Authorised.asMinistry;
import static nl.botoc.monitor.scan.TestEvents.added;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ScanResourceTest {

    private static final String DATABASE_CHECK = "Database connections health check";
    private static final String MESSAGING_CHECK = "SmallRye Reactive Messaging - readiness check";
    private static final String MESSAGING_LIVENESS = "SmallRye Reactive Messaging - liveness check";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void scansAreListedByMunicipality() {
        // a code no real municipality has, so the list holds only this test's interventions
        String municipality = String.format("GM9%03d", ThreadLocalRandom.current().nextInt(1000));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.send(event(first, municipality, 1, planned("X1", "Eerste")));
            kafka.send(event(second, municipality, 1, added("X2", "Tweede")));
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<String> ids = asMinistry().get("/api/v1/scans?municipality={code}", municipality)
                    .then().statusCode(200).extract().jsonPath().getList("interventionId");
            assertThat(ids).contains(first.toString(), second.toString());
        });
        asMinistry().get("/api/v1/scans?municipality={code}", municipality).then()
                .body("municipality", hasItems(municipality))
                .body("findAll { it.municipality != '" + municipality + "' }.size()", equalTo(0));
    }

    /** Scans are served by Quarkus's JSON mapper but published by the contract's: both must write the same. */
    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#SCANS")
    void everyGoldenScanIsServedAsItIsPublished(String fixture) throws JsonProcessingException {
        InterventionScan golden = EventJson.readScan(GoldenFixtures.read(fixture));

        assertThat(EventJson.readScan(objectMapper.writeValueAsString(golden))).isEqualTo(golden);
    }

    @Test
    void unknownInterventionIsANotFoundProblem() {
        UUID unknown = UUID.randomUUID();

        asMinistry().get("/api/v1/scans/{id}", unknown).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(unknown.toString()));
    }

    @Test
    void municipalityThatIsNoCbsCodeIsABadRequestProblem() {
        asMinistry().get("/api/v1/scans?municipality=Amsterdam").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("CBS code"));
    }

    @Test
    void openApiDocumentIsServedAsJson() {
        get("/api/v1/openapi.json").then()
                .statusCode(200)
                .contentType("application/json")
                .body("paths", hasKey("/api/v1/scans/{interventionId}"))
                .body("paths", hasKey("/api/v1/scans/gaps"))
                .body("paths", hasKey("/api/v1/evidence/changes"))
                .body("paths", hasKey("/api/v1/evidence/previews"));
    }

    /** Outgoing channels stay out of readiness: an idle producer closes its connections (application.properties). */
    @Test
    void readinessCoversTheDatabaseAndTheConsumedChannelAndLivenessEveryKafkaChannel() {
        get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItems(DATABASE_CHECK, MESSAGING_CHECK))
                .body("checks.find { it.name == '" + MESSAGING_CHECK + "' }.data", allOf(
                        hasKey("interventions-lifecycle"),
                        not(hasKey("interventions-scans")),
                        not(hasKey("interventions-lifecycle-dead-letter")),
                        not(hasKey("evidence-changes"))));
        get("/q/health/live").then()
                .statusCode(200)
                .body("checks.find { it.name == '" + MESSAGING_LIVENESS + "' }.data", allOf(
                        hasKey("interventions-lifecycle"),
                        hasKey("interventions-scans"),
                        hasKey("interventions-lifecycle-dead-letter"),
                        hasKey("evidence-changes")));
    }
}
