package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** The local development login, enabled with the test key pair as the local profile enables it with its own. */
@QuarkusTest
@TestProfile(LocalLoginTest.WithLocalLogin.class)
class LocalLoginTest {

    public static class WithLocalLogin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("botoc.reporting.local-login.enabled", "true",
                    "smallrye.jwt.sign.key.location", "jwt/test-private-key.pem");
        }
    }

    private static final String CSRF = "csrf-token";

    @Inject
    ScanTopic scans;

    private String municipality;

    @BeforeEach
    void aMunicipalityWithAnIntervention() {
        municipality = randomTestMunicipality();
        scans.publish(aScan().in(municipality).build());
        awaitInterventions(municipality, 1);
    }

    @Test
    void aPageWithoutATokenSendsTheBrowserToTheLogin() {
        given().redirects().follow(false).accept("text/html").get("/gemeenten/" + municipality)
                .then().statusCode(303).header("Location", endsWith("/inloggen"));
    }

    @Test
    void theLoginIsClearlyMarkedAsLocal() {
        given().accept("text/html").get("/inloggen").then().statusCode(200)
                .body(containsString("Lokale ontwikkel-login — niet voor productie"));
        given().accept("text/html").get("/inloggen?lang=en").then().statusCode(200)
                .body(containsString("Local development login — not for production"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        int status = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("rol", "ministry").post("/inloggen").statusCode();
        assertThat(status).isIn(400, 403);
    }

    @Test
    void aFormOfAnotherContentTypeIsRefusedWith415() {
        Response form = given().accept("text/html").get("/inloggen");
        given().cookie(form.detailedCookie(CSRF)).header("X-CSRF-TOKEN", form.cookie(CSRF))
                .contentType(ContentType.JSON).body("{\"rol\":\"ministry\"}").post("/inloggen")
                .then().statusCode(415);
    }

    @Test
    void aMunicipalityLogsInLandsOnItsPageReadsWithTheCookieAndLogsOut() {
        Response form = given().accept("text/html").get("/inloggen");
        String csrf = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        Response login = given().redirects().follow(false).cookie(form.detailedCookie(CSRF))
                .contentType(ContentType.URLENC)
                .formParam(CSRF, csrf).formParam("rol", "municipality").formParam("cbs", municipality)
                .post("/inloggen");

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/gemeenten/" + municipality);
        Cookie token = login.detailedCookie("botoc_token");
        assertThat(token.isHttpOnly()).isTrue();
        assertThat(token.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(token.getPath()).isEqualTo("/");

        given().cookie("botoc_token", token.getValue()).accept("text/html").get("/gemeenten/" + municipality)
                .then().statusCode(200).body(containsString("href=\"/uitloggen\""));
        given().cookie("botoc_token", token.getValue()).accept(ContentType.JSON).get("/api/v1/overview")
                .then().statusCode(403);

        Response logout = given().redirects().follow(false).cookie("botoc_token", token.getValue())
                .get("/uitloggen");
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.detailedCookie("botoc_token").getMaxAge()).isZero();
    }
}
