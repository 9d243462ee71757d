package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.botoc.monitor.registry.RegistryApi.asMinistry;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RegisterInterventionTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    TestDatabase database;

    @Test
    void registrationAnswers201WithLocationETagAndState() {
        String municipality = newMunicipality();
        String code = newCode();

        ExtractableResponse<Response> created = register(municipality, registration(code))
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("municipality", equalTo(municipality))
                .body("code", equalTo(code))
                .body("name", equalTo("Preventie met Gezag"))
                .body("status", equalTo("planned"))
                .body("origin", equalTo("original-plan"))
                .body("adjusted", equalTo(false))
                .body("version", equalTo(1))
                .body("details.themes", contains("gedrag-identiteit", "vroegsignalering"))
                .body("registeredAt", notNullValue())
                .extract();

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/interventions/" + id);
        asMinistry().get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body(equalTo(created.asString()));
    }

    @Test
    void addedInterventionKeepsItsOriginAndReason() {
        Map<String, Object> added = registration(newCode());
        added.put("origin", "added");
        added.put("reason", "Niet in het oorspronkelijke plan.");

        String id = register(newMunicipality(), added).statusCode(201)
                .body("origin", equalTo("added"))
                .body("status", equalTo("planned"))
                .extract().path("id");

        asMinistry().get("/api/v1/interventions/{id}/events", id).then()
                .body("type", contains("added"))
                .body("[0].payload.reason", equalTo("Niet in het oorspronkelijke plan."));
    }

    @Test
    void repeatedRegistrationIsStoredOnceAndAnsweredIdentically() {
        String municipality = newMunicipality();
        Map<String, Object> registration = registration(newCode());
        UUID eventId = UUID.randomUUID();
        registration.put("eventId", eventId);

        ExtractableResponse<Response> first = register(municipality, registration).statusCode(201).extract();
        ExtractableResponse<Response> again = register(municipality, registration).statusCode(201).extract();

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(database.eventsWithId(eventId)).isEqualTo(1);
        asMinistry().get("/api/v1/municipalities/{cbsCode}/interventions", municipality).then()
                .body("id", contains((String) first.path("id")));
    }

    @Test
    void eventIdReusedWithOtherContentIsRejectedWith409() {
        Map<String, Object> registration = registration(newCode());
        registration.put("eventId", UUID.randomUUID());
        register(newMunicipality(), registration).statusCode(201);
        String code = newCode();
        registration.put("details", Map.of("code", code, "name", "Iets anders"));

        register(newMunicipality(), registration)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("eventId", equalTo(registration.get("eventId").toString()));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void codeTakenInTheMunicipalityIsRejectedWith409() {
        String municipality = newMunicipality();
        String code = newCode();
        register(municipality, registration(code)).statusCode(201);

        register(municipality, registration(code))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("code", equalTo(code));

        assertThat(database.interventionsWithCode(code)).isEqualTo(1);
    }

    @Test
    void sameCodeInAnotherMunicipalityIsAccepted() {
        String code = newCode();
        register(newMunicipality(), registration(code)).statusCode(201);

        register(newMunicipality(), registration(code)).statusCode(201);
    }

    @Test
    void malformedCbsCodeIsRejectedWith400NamingCbsCode() {
        String code = newCode();

        register("AMS", registration(code))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("cbsCode"))
                .body("violations.in", contains("path"));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void missingNameIsRejectedWith400NamingDetailsName() {
        String code = newCode();
        Map<String, Object> nameless = registration(code);
        nameless.put("details", Map.of("code", code));

        register(newMunicipality(), nameless)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("details.name"));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void missingOccurredIsRejectedWith400NamingIt() {
        Map<String, Object> undated = registration(newCode());
        undated.remove("occurred");

        register(newMunicipality(), undated)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("occurred"));
    }

    @Test
    void unknownPrecisionIsRejectedWith400NamingIt() {
        Map<String, Object> weekly = registration(newCode());
        weekly.put("occurred", Map.of("date", "2020-09-01", "precision", "week"));

        register(newMunicipality(), weekly)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("field", equalTo("occurred.precision"));
    }

    @Test
    void unknownPropertyIsRejectedWith400NamingIt() {
        String code = newCode();
        Map<String, Object> coloured = registration(code);
        coloured.put("colour", "orange");

        register(newMunicipality(), coloured)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("field", equalTo("colour"));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void reasonForTheOriginalPlanIsRejectedWith400NamingReason() {
        Map<String, Object> explained = registration(newCode());
        explained.put("reason", "Zomaar.");

        register(newMunicipality(), explained)
                .statusCode(400)
                .body("violations.field", contains("reason"));
    }

    @Test
    void municipalityListsItsInterventionsInRegistrationOrder() {
        String municipality = newMunicipality();
        String first = register(municipality, registration(newCode())).extract().path("id");
        String second = register(municipality, registration(newCode())).extract().path("id");

        asMinistry().get("/api/v1/municipalities/{cbsCode}/interventions", municipality).then()
                .statusCode(200)
                .body("id", contains(first, second))
                .body("version", hasItem(1));
        asMinistry().get("/api/v1/municipalities/{cbsCode}/interventions", newMunicipality()).then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void unknownInterventionIsNotFound() {
        asMinistry().get("/api/v1/interventions/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }
}
