package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.TestDatabase;
import nl.botoc.monitor.registry.TestEvidenceTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.adjustment;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Registry before scan-service published any evidence base: it starts, serves, and asks codes to come back later. */
@QuarkusTest
@TestProfile(EvidenceBaseUnknownTest.NoEvidenceBase.class)
class EvidenceBaseUnknownTest {

    /** An evidence topic that exists but holds nothing, as when registry starts before scan-service. */
    public static class NoEvidenceBase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestEvidenceTopic.class,
                    Map.of("topic", "registry-test.evidence.none", "seeded", "false")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    TestDatabase database;

    @Test
    void requestNamingCodesIsAnswered503WithRetryAfter() {
        String code = newCode();

        register(newMunicipality(), registration(code))
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", "30")
                .body("detail", containsString("evidence base is not known yet"));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void requestsWithoutCodesAreAccepted() {
        UUID id = UUID.fromString(register(newMunicipality(), Map.of(
                "occurred", Map.of("date", "2020-09-01", "precision", "month"),
                "details", Map.of("code", newCode(), "name", "Knooppunt risicojeugd")))
                .statusCode(201).extract().path("id"));

        record(id, "\"1\"", event("started")).statusCode(201);
        record(id, "\"2\"", adjustment(Map.of("name", "Knooppunt"))).statusCode(201);
        record(id, "\"3\"", adjustment(Map.of("themes", List.of("gedrag-identiteit")))).statusCode(503);
    }

    @Test
    void readinessIsUpAndSaysTheEvidenceBaseIsNotKnown() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'evidence-base' }.data.known", equalTo(false))
                .body("checks.name", hasItem("evidence-base"));
    }
}
