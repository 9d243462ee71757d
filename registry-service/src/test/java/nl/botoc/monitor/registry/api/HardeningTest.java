package nl.botoc.monitor.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.TestTokens;
import nl.botoc.monitor.registry.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.as;
import static nl.botoc.monitor.registry.RegistryApi.details;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.list;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What a hostile or careless client sends, and the problem+json it gets back; nothing of it is stored. */
@QuarkusTest
class HardeningTest {

    private static final String REGISTER = "/api/v1/municipalities/{cbsCode}/interventions";

    @Inject
    TestDatabase database;

    @ParameterizedTest(name = "a registration that names its {0} is refused, naming it")
    @ValueSource(strings = {"municipality", "owner", "status", "version"})
    void registrationCannotSayWhoOwnsItNorWhatStateItIsIn(String field) {
        String code = newCode();
        Map<String, Object> claiming = registration(code);
        claiming.put(field, field.equals("version") ? 7 : "GM0363");

        register(newMunicipality(), claiming)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("field", equalTo(field));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @ParameterizedTest(name = "an event that names the intervention's {0} is refused, naming it")
    @ValueSource(strings = {"municipality", "status"})
    void eventCannotMoveTheInterventionToAnotherOwnerOrStatus(String field) {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> claiming = event("started");
        claiming.put(field, field.equals("status") ? "completed" : "GM0363");

        record(id, "\"1\"", claiming).statusCode(400).contentType(PROBLEM_JSON).body("field", equalTo(field));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void malformedJsonIsRefusedWith400WithoutInternals() {
        registerText("application/json", "{\"occurred\": {\"date\": ")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("stacktrace", nullValue())
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void anotherContentTypeIsRefusedWith415() {
        registerText("text/plain", "name=Straatcoaches")
                .statusCode(415)
                .contentType(PROBLEM_JSON);
    }

    /** Posts {@code body} as it is to a new municipality's registrations, as that municipality. */
    private static ValidatableResponse registerText(String contentType, String body) {
        String municipality = newMunicipality();
        return as(TestTokens.municipality(municipality)).contentType(contentType).body(body)
                .post(REGISTER, municipality).then();
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413() {
        String municipality = newMunicipality();
        String code = newCode();
        Map<String, Object> oversized = registration(code);
        details(oversized).put("description", "x".repeat(300 * 1024));

        register(municipality, oversized).statusCode(413).contentType(PROBLEM_JSON);

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    /** A body that does not announce its length is counted as it arrives; Vert.x refuses it, with an empty body. */
    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        String municipality = newMunicipality();
        String code = newCode();
        Map<String, Object> oversized = registration(code);
        details(oversized).put("description", "x".repeat(300 * 1024));
        byte[] body = new ObjectMapper().writeValueAsBytes(oversized);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/municipalities/" + municipality + "/interventions"))
                .header("Authorization", "Bearer " + TestTokens.municipality(municipality))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @ParameterizedTest(name = "a list of {0} is refused, naming limit")
    @ValueSource(ints = {0, 501, 100_000})
    void listPageIsAtMost500(int limit) {
        String municipality = newMunicipality();

        as(TestTokens.municipality(municipality)).queryParam("limit", limit).get(REGISTER, municipality).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void listIsReadAPageAtATime() {
        String municipality = newMunicipality();
        UUID first = registerOne(municipality);
        UUID second = registerOne(municipality);

        as(TestTokens.municipality(municipality)).queryParam("limit", 1).get(REGISTER, municipality).then()
                .body("id", equalTo(List.of(first.toString())));
        as(TestTokens.municipality(municipality)).queryParam("limit", 1).queryParam("offset", 1)
                .get(REGISTER, municipality).then()
                .body("id", equalTo(List.of(second.toString())));
    }

    @Test
    void scriptAndSqlInANameAreStoredAndReturnedLiterally() {
        String municipality = newMunicipality();
        String name = "<script>alert('x')</script> '; DROP TABLE interventions; --";
        Map<String, Object> hostile = registration(newCode());
        details(hostile).put("name", name);

        UUID id = UUID.fromString(register(municipality, hostile).statusCode(201).extract().path("id"));

        as(TestTokens.municipality(municipality)).get("/api/v1/interventions/{id}", id).then()
                .statusCode(200)
                .contentType("application/json")
                .header("X-Content-Type-Options", "nosniff")
                .body("name", equalTo(name));
        list(TestTokens.municipality(municipality), municipality).body("name", equalTo(List.of(name)));
        registerOne(municipality);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Map<String, String> expected = Map.of(
                "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "same-origin",
                "X-Frame-Options", "DENY");
        String municipality = newMunicipality();

        expected.forEach((header, value) -> {
            list(TestTokens.municipality(municipality), municipality).statusCode(200).header(header, value);
            given().get(REGISTER, municipality).then().statusCode(401).header(header, value);
        });
    }

    @Test
    void browsersOfUnconfiguredOriginsAreNotLetIn() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options(REGISTER, newMunicipality()).then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
