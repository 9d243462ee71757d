package nl.botoc.monitor.scan.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.botoc.monitor.contract.TestTokens;
import nl.botoc.monitor.scan.TestKafka;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static nl.botoc.monitor.scan.Authorised.as;
import static nl.botoc.monitor.scan.Authorised.asMinistry;
import static nl.botoc.monitor.scan.EvidenceApi.currentVersion;
import static nl.botoc.monitor.scan.EvidenceApi.reclassification;
import static nl.botoc.monitor.scan.ScanApi.scanOf;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Who may do what, with real signed tokens: the evidence base is the researchers', a scan its municipality's. */
@QuarkusTest
class AuthorisationTest {

    /** Generous: a fresh consumer group first reads the whole lifecycle log that other tests left behind. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Stream<Arguments> notResearchers() {
        return Stream.of(
                arguments("municipality", TestTokens.municipality("GM0363")),
                arguments("ministry", TestTokens.ministry()),
                arguments("no role", TestTokens.builder().sign()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notResearchers")
    void onlyAResearcherChangesOrPreviewsTheEvidenceBase(String who, String token) {
        long version = currentVersion();

        as(token).contentType("application/json").body(reclassification(ANTISOCIAL, "plausible"))
                .post("/api/v1/evidence/changes").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        as(token).contentType("application/json").body(reclassification(ANTISOCIAL, "plausible"))
                .post("/api/v1/evidence/previews").then()
                .statusCode(403)
                .contentType("application/problem+json");

        assertThat(currentVersion()).as("nothing stored").isEqualTo(version);
    }

    @Test
    void everyRoleReadsTheEvidenceBaseButATokenWithoutOneDoesNot() {
        Stream.of(TestTokens.municipality("GM0363"), TestTokens.ministry(), TestTokens.researcher())
                .forEach(token -> as(token).get("/api/v1/evidence").then().statusCode(200));
        as(TestTokens.builder().roles("admin").sign()).get("/api/v1/evidence").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aMunicipalityReadsOnlyItsOwnScansAndAnotherOnesAreNotFound() {
        String own = municipality("GM7");
        String other = municipality("GM6");
        UUID ownId = UUID.randomUUID();
        UUID otherId = UUID.randomUUID();
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.send(event(ownId, own, 1, planned("EIG1", "Eigen")));
            kafka.send(event(otherId, other, 1, planned("AND1", "Ander")));
        }
        await().atMost(PATIENCE).until(() -> scanOf(ownId).isPresent() && scanOf(otherId).isPresent());
        String token = TestTokens.municipality(own);

        as(token).get("/api/v1/scans/{id}", ownId).then().statusCode(200).body("municipality", equalTo(own));
        String foreign = as(token).get("/api/v1/scans/{id}", otherId).then()
                .statusCode(404).contentType("application/problem+json").extract().path("detail");
        String unknown = as(token).get("/api/v1/scans/{id}", UUID.randomUUID()).then()
                .statusCode(404).extract().path("detail");
        assertThat(withoutIds(foreign)).as("the same answer as for no scan at all").isEqualTo(withoutIds(unknown));

        assertThat(idsListedAs(token, "")).contains(ownId.toString()).doesNotContain(otherId.toString());
        assertThat(idsListedAs(token, "?municipality=" + other)).isEmpty();
        assertThat(idsListedAs(TestTokens.ministry(), "?limit=500&municipality=" + other))
                .contains(otherId.toString());
        assertThat(idsListedAs(TestTokens.researcher(), "?municipality=" + own)).contains(ownId.toString());
    }

    @Test
    void onlyTheMinistrySeesTheGaps() {
        asMinistry().get("/api/v1/scans/gaps").then().statusCode(200);
        Stream.of(TestTokens.municipality("GM0363"), TestTokens.researcher()).forEach(token ->
                as(token).get("/api/v1/scans/gaps").then()
                        .statusCode(403)
                        .contentType("application/problem+json"));
    }

    @Test
    void aMunicipalityTokenWithoutItsCbsCodeReadsNoScans() {
        as(TestTokens.builder().roles(TestTokens.MUNICIPALITY).sign()).get("/api/v1/scans").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static List<String> idsListedAs(String token, String query) {
        return as(token).get("/api/v1/scans" + query).then().statusCode(200).extract().jsonPath()
                .getList("interventionId");
    }

    private static String withoutIds(String detail) {
        return detail.replaceAll("[0-9a-f-]{36}", "…");
    }

    /** A code no real municipality has (GM6xxx, GM7xxx), so the lists hold only this test's interventions. */
    private static String municipality(String prefix) {
        return String.format("%s%03d", prefix, ThreadLocalRandom.current().nextInt(1000));
    }
}
