package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void publishesItsOpenApiDocumentAsJson() {
        given().get("/api/v1/openapi.json")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("paths.'/api/v1/overview'.get", notNullValue())
                .body("paths.'/api/v1/overview/stream'.get", notNullValue())
                .body("paths.'/api/v1/municipalities/{cbsCode}'.get", notNullValue())
                .body("paths.'/api/v1/coverage'.get", notNullValue())
                .body("paths.'/api/v1/interventions/{id}'.get", notNullValue())
                .body("paths.'/api/v1/changes/stream'.get", notNullValue())
                .body("paths.'/api/v1/interventions/{id}/indicators'.get", notNullValue())
                .body("paths.'/api/v1/monitoring'.get", notNullValue())
                .body("paths.'/api/v1/monitoring/attention'.get", notNullValue())
                .body("paths.'/api/v1/municipalities/{cbsCode}/monitoring'.get", notNullValue())
                .body("paths.'/api/v1/municipalities/{cbsCode}/monitoring/attention'.get", notNullValue())
                .body("paths.'/api/v1/municipalities/{cbsCode}/iati'.get", notNullValue());
    }

    @Test
    void isReadyWithItsDatabaseAndBroker() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
