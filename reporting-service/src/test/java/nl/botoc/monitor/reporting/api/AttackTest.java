package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.TestTokens;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.Readers.as;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Attacks with real signed (and forged) tokens on the pages and exports; the public national pages are off. */
@QuarkusTest
class AttackTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SQL = "'; DROP TABLE scan_view; --";

    @Inject
    ScanTopic scans;

    /* Published once for all tests of the class: no test here changes them. */
    private static String mine;
    private static String theirs;
    private static InterventionScan theirIntervention;

    @BeforeEach
    void twoMunicipalities() {
        if (mine != null) {
            return;
        }
        mine = randomTestMunicipality();
        theirs = randomTestMunicipality();
        scans.publish(aScan().in(mine).code("A1").named(SCRIPT).build());
        theirIntervention = aScan().in(theirs).code("B1").named(SQL).build();
        scans.publish(theirIntervention);
        awaitInterventions(mine, 1);
        awaitInterventions(theirs, 1);
    }

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                arguments("expired", TestTokens.builder().roles(TestTokens.MINISTRY)
                        .expiresAt(Instant.now().minusSeconds(120)).sign()),
                arguments("wrong issuer", TestTokens.builder().roles(TestTokens.MINISTRY)
                        .issuer("botoc-local-dev").sign()),
                arguments("wrong audience", TestTokens.builder().roles(TestTokens.MINISTRY)
                        .audience("another-system").sign()),
                arguments("bad signature", TestTokens.builder().roles(TestTokens.MINISTRY).signedByAStranger().sign()),
                arguments("alg=none", TestTokens.builder().roles(TestTokens.MINISTRY).unsigned().sign()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenIsRefusedWith401Problem(String what, String token) {
        as(token).accept(ContentType.JSON).get("/api/v1/overview")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body(not_a_stack_trace());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenInTheCookieIsRefusedToo(String what, String token) {
        given().cookie("botoc_token", token).accept("text/html").get("/gemeenten/" + mine)
                .then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("Niet ingelogd"));
    }

    @Test
    void withoutATokenTheApiSays401AndAPageExplainsInDutch() {
        given().accept(ContentType.JSON).get("/api/v1/municipalities/" + mine)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().accept("text/html").get("/")
                .then().statusCode(401).contentType(containsString("text/html"))
                .header("WWW-Authenticate", "Bearer")
                .body(containsString("Niet ingelogd"));
    }

    @Test
    void aMunicipalityReadsItsOwnPageJsonAndIati() {
        String token = TestTokens.municipality(mine);
        as(token).accept("text/html").get("/gemeenten/" + mine).then().statusCode(200);
        as(token).accept(ContentType.JSON).get("/api/v1/municipalities/" + mine).then().statusCode(200);
        as(token).get("/api/v1/municipalities/" + mine + "/monitoring?format=csv").then().statusCode(200);
    }

    @Test
    void anotherMunicipalitysPageJsonIatiAndInterventionAreNotFoundLikeAnUnknownOne() {
        String token = TestTokens.municipality(mine);
        as(token).accept("text/html").get("/gemeenten/" + theirs).then().statusCode(404)
                .contentType(containsString("text/html"));
        as(token).accept(ContentType.JSON).get("/api/v1/municipalities/" + theirs)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no municipality " + theirs + " in the monitor"));
        as(token).get("/api/v1/municipalities/" + theirs + "/iati").then().statusCode(404);
        as(token).get("/api/v1/municipalities/" + theirs + "/monitoring").then().statusCode(404);
        String intervention = "/api/v1/interventions/" + theirIntervention.interventionId();
        as(token).accept(ContentType.JSON).get(intervention).then().statusCode(404)
                .body("detail", equalTo("no intervention " + theirIntervention.interventionId() + " in the monitor"));
        as(token).get(intervention + "/events").then().statusCode(404);
        as(token).accept("text/html").get("/interventies/" + theirIntervention.interventionId()).then().statusCode(404);
    }

    @Test
    void aMunicipalityMayNotReadTheNationalFigures() {
        String token = TestTokens.municipality(mine);
        for (String path : new String[]{"/api/v1/overview", "/api/v1/themes", "/api/v1/coverage",
                "/api/v1/municipalities", "/api/v1/monitoring", "/api/v1/monitoring/attention"}) {
            as(token).accept(ContentType.JSON).get(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(token).accept("text/html").get("/dekking").then().statusCode(403).body(containsString("Geen toegang"));
    }

    @Test
    void aMunicipalityLandsOnItsOwnPage() {
        as(TestTokens.municipality(mine)).redirects().follow(false).accept("text/html").get("/")
                .then().statusCode(303).header("Location", containsString("/gemeenten/" + mine));
    }

    @Test
    void aTokenWithoutARoleReadsNothing() {
        String token = TestTokens.builder().subject("nobody").sign();
        as(token).accept(ContentType.JSON).get("/api/v1/overview").then().statusCode(403);
        as(token).accept(ContentType.JSON).get("/api/v1/municipalities/" + mine).then().statusCode(403);
    }

    @Test
    void theMinistrySeesTheLinksToEveryMunicipalityAMunicipalityNoNationalNavigation() {
        String overview = as(TestTokens.ministry()).accept("text/html").get("/").then().statusCode(200)
                .extract().asString();
        assertThat(overview).contains("href=\"/gemeenten/" + mine + "\"", "href=\"/dekking\"");

        String own = as(TestTokens.municipality(mine)).accept("text/html").get("/gemeenten/" + mine)
                .then().statusCode(200).extract().asString();
        assertThat(own).doesNotContain("href=\"/dekking\"", "href=\"/monitoring\"");
    }

    @Test
    void scriptAndSqlInANameAreShownEscapedAndExportedLiterally() {
        String token = TestTokens.ministry();
        String page = as(token).accept("text/html").get("/gemeenten/" + mine).then().statusCode(200)
                .extract().asString();
        assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String theirPage = as(token).accept("text/html").get("/gemeenten/" + theirs).then().statusCode(200)
                .extract().asString();
        assertThat(theirPage).contains("&#39;; DROP TABLE scan_view; --");

        as(token).accept(ContentType.JSON).get("/api/v1/municipalities/" + mine)
                .then().statusCode(200).body("interventions[0].name", equalTo(SCRIPT));
        String csv = as(token).get("/api/v1/municipalities/" + theirs + "?format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(SQL);
        // The table is still there: the name was data, never SQL.
        awaitInterventions(theirs, 1);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndLoadUnderTheirPolicy() {
        String page = as(TestTokens.ministry()).accept("text/html").get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", containsString("max-age=31536000"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", "DENY")
                .extract().asString();
        // Under that policy an inline script or style attribute would not run: there is none.
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain(" style=", "<style");
    }

    @Test
    void anotherOriginMayNotCallTheApiFromABrowser() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/overview")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        given().contentType(ContentType.JSON).body("x".repeat(300 * 1024)).post("/api/v1/overview")
                .then().statusCode(413);
    }

    @Test
    void theLocalLoginIsNotThereOutsideTheLocalProfile() {
        given().accept("text/html").get("/inloggen").then().statusCode(404);
        given().accept("text/html").get("/uitloggen").then().statusCode(404);
    }

    private static org.hamcrest.Matcher<String> not_a_stack_trace() {
        return org.hamcrest.Matchers.not(containsString("at nl.botoc"));
    }
}
