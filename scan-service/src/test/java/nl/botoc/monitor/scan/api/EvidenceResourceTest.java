package nl.botoc.monitor.scan.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.botoc.monitor.scan.Authorised.asResearcher;
import static nl.botoc.monitor.scan.EvidenceApi.change;
import static nl.botoc.monitor.scan.EvidenceApi.currentVersion;
import static nl.botoc.monitor.scan.EvidenceApi.reclassification;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The researcher API's shapes and refusals. The broker keeps evidence.changes.v1 across runs, so the current
 * version is whatever earlier runs left: tests assert relative to it, and refused changes must not move it.
 */
@QuarkusTest
class EvidenceResourceTest {

    @Test
    void baselineIsVersionOneWithTheSynthesisOfTheReport() {
        asResearcher().get("/api/v1/evidence/versions/1").then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("themes", hasSize(12))
                .body("riskFactors", hasSize(59))
                .body("riskFactors.findAll { it.evidenceClass == 'founded' }", hasSize(12))
                .body("protectiveFactors", hasSize(13))
                .body("recognisedMethods", hasSize(5));
        asResearcher().get("/api/v1/evidence/versions").then()
                .statusCode(200)
                .body("[0].version", equalTo(1))
                .body("[0].change.type", equalTo("baseline-loaded"))
                .body("[0].actor", equalTo("scan-service"));
    }

    @Test
    void currentEvidenceBaseIsTheLastVersionWithItsNumberAsETag() {
        long version = currentVersion();

        asResearcher().get("/api/v1/evidence").then().statusCode(200).body("version", equalTo((int) version));
        assertThat(asResearcher().get("/api/v1/evidence/versions").then().extract().jsonPath().getLong("[-1].version"))
                .isEqualTo(version);
    }

    @Test
    void unknownVersionIsANotFoundProblem() {
        asResearcher().get("/api/v1/evidence/versions/{version}", Integer.MAX_VALUE).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(Integer.MAX_VALUE)));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        long version = currentVersion();

        change(reclassification(ANTISOCIAL, "plausible"), version - 1)
                .statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo((int) version));
        assertThat(currentVersion()).isEqualTo(version);
    }

    @Test
    void unknownFactorIsRejectedWith400NamingTheField() {
        long version = currentVersion();

        change(reclassification("bestaat-niet", "plausible"), version)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("factor"))
                .body("detail", containsString("bestaat-niet"));
        assertThat(currentVersion()).isEqualTo(version);
    }

    @Test
    void baselineCannotBePostedAsAChange() {
        change(Map.of("type", "baseline-loaded", "reason", "nog een keer"), currentVersion())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("type"));
    }

    @Test
    void previewOfAChangeThatDoesNotFitIsRefusedLikeTheChange() {
        asResearcher().contentType("application/json")
                .body(Map.of("type", "factor-reclassified", "factor", ANTISOCIAL, "reason", "zonder klasse"))
                .post("/api/v1/evidence/previews").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("evidenceClass"));
    }
}
