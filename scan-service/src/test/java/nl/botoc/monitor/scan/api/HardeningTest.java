package nl.botoc.monitor.scan.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.get;
import static nl.botoc.monitor.scan.Authorised.asMinistry;
import static nl.botoc.monitor.scan.Authorised.asResearcher;
import static nl.botoc.monitor.scan.EvidenceApi.currentVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What the API does with input no client should send, and the headers every answer carries. */
@QuarkusTest
class HardeningTest {

    @Test
    void malformedJsonIsA400Problem() {
        long version = currentVersion();

        asResearcher().contentType("application/json").body("{\"type\": \"factor-reclassified\", ")
                .post("/api/v1/evidence/changes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
        assertThat(currentVersion()).isEqualTo(version);
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        asResearcher().contentType("text/plain").body("type=factor-reclassified")
                .post("/api/v1/evidence/changes").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void bodyOverTheLimitIsA413Problem() {
        long version = currentVersion();
        String reason = "x".repeat(300 * 1024);

        asResearcher().contentType("application/json")
                .body("{\"type\":\"factor-reclassified\",\"factor\":\"x\",\"evidenceClass\":\"plausible\","
                        + "\"reason\":\"" + reason + "\"}")
                .post("/api/v1/evidence/changes").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertThat(currentVersion()).isEqualTo(version);
    }

    @Test
    void pageOfMoreThan500ScansIsA400Problem() {
        asMinistry().get("/api/v1/scans?limit=501").then()
                .statusCode(400)
                .contentType("application/problem+json");
        asMinistry().get("/api/v1/scans?limit=500").then().statusCode(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        get("/api/v1/openapi.json").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", "DENY");
        asMinistry().get("/api/v1/scans/gaps").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void anOriginNotConfiguredGetsNoCorsPermission() {
        asMinistry().header("Origin", "https://kwaadwillend.example").get("/api/v1/scans/gaps").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
