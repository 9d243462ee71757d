package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void openApiDescribesTheApiAsJson() {
        given().get("/api/v1/openapi.json").then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("paths", hasKey("/api/v1/municipalities/{cbsCode}/interventions"))
                .body("paths", hasKey("/api/v1/interventions/{id}/events"))
                .body("paths", hasKey("/api/v1/interventions/{id}/goals"))
                .body("paths.'/api/v1/interventions/{id}/goals'.put.requestBody.content.'application/json'.examples",
                        hasKey("one output goal"))
                .body("components.schemas", hasKey("InterventionDetails"))
                .body("components.schemas", hasKey("Measurement"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void readinessSaysWhichEvidenceBaseIsKnown() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'evidence-base' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'evidence-base' }.data.known", equalTo(true))
                .body("checks.find { it.name == 'evidence-base' }.data.version", greaterThanOrEqualTo(1));
    }
}
