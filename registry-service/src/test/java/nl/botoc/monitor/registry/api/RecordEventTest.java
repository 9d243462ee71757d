package nl.botoc.monitor.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.registry.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.botoc.monitor.registry.RegistryApi.adjustment;
import static nl.botoc.monitor.registry.RegistryApi.asMinistry;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.history;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RecordEventTest {

    @Inject
    TestDatabase database;

    @Test
    void startingAPlannedInterventionAnswers201WithTheEventsLocationAndTheNewVersion() {
        UUID id = registerOne(newMunicipality());

        ExtractableResponse<Response> started = record(id, "\"1\"", event("started"))
                .statusCode(201)
                .header("ETag", "\"2\"")
                .body("status", equalTo("started"))
                .body("version", equalTo(2))
                .extract();

        assertThat(started.header("Location")).endsWith("/api/v1/interventions/" + id + "/events/2");
        asMinistry().get(started.header("Location")).then()
                .statusCode(200)
                .body("type", equalTo("started"))
                .body("sequence", equalTo(2));
    }

    @Test
    void adjustmentLaysItsChangesOverTheDetails() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", adjustment(Map.of("name", "Bon Sjans")))
                .statusCode(201)
                .body("name", equalTo("Bon Sjans"))
                .body("details.themes", contains("gedrag-identiteit", "vroegsignalering"))
                .body("adjusted", equalTo(true))
                .body("status", equalTo("planned"));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID id = registerOne(newMunicipality());
        record(id, "\"1\"", event("started")).statusCode(201);

        record(id, "\"1\"", event("completed"))
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("currentVersion", equalTo(2));

        assertThat(database.eventsOf(id)).isEqualTo(2);
    }

    @Test
    void missingIfMatchIsRejectedWith428() {
        UUID id = registerOne(newMunicipality());

        record(id, null, event("started"))
                .statusCode(428)
                .contentType(PROBLEM_JSON);

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void invalidTransitionIsRejectedWith409() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", event("completed"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Conflict"))
                .body("eventType", equalTo("completed"))
                .body("currentStatus", equalTo("planned"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
        asMinistry().get("/api/v1/interventions/{id}", id).then().header("ETag", "\"1\"");
    }

    @Test
    void cancelledInterventionCannotStart() {
        UUID id = registerOne(newMunicipality());
        record(id, "\"1\"", event("cancelled")).statusCode(201).body("status", equalTo("cancelled"));

        record(id, "\"2\"", event("started")).statusCode(409);
    }

    @Test
    void unknownInterventionIsRejectedWith404() {
        record(UUID.randomUUID(), "\"1\"", event("started"))
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void registeringTypeIsRejectedWith400NamingType() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", event("planned"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("type"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void unknownTypeIsRejectedWith400NamingType() {
        record(registerOne(newMunicipality()), "\"1\"", event("begun"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("field", equalTo("type"));
    }

    @Test
    void fieldTheEventTypeDoesNotCarryIsRejectedWith400NamingIt() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> cancelledWithNote = event("cancelled");
        cancelledWithNote.put("note", "Notities horen bij started en completed.");

        record(id, "\"1\"", cancelledWithNote)
                .statusCode(400)
                .body("violations.field", contains("note"));
    }

    @Test
    void adjustmentWithoutChangesIsRejectedWith400NamingChanges() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> changeless = event("adjusted");
        changeless.put("reason", "Bijgesteld.");

        record(id, "\"1\"", changeless)
                .statusCode(400)
                .body("violations.field", contains("changes"));
    }

    @Test
    void adjustmentNamingNoChangedFieldIsAcceptedWithAReason() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", adjustment(Map.of()))
                .statusCode(201)
                .body("adjusted", equalTo(true))
                .body("details.themes", contains("gedrag-identiteit", "vroegsignalering"));
    }

    @Test
    void adjustmentNamingNoChangedFieldIsRejectedWith400WithoutAReason() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> unexplained = adjustment(Map.of());
        unexplained.remove("reason");

        record(id, "\"1\"", unexplained)
                .statusCode(400)
                .body("violations.field", contains("changes"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void repeatedEventIsStoredOnceAndAnsweredIdentically() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> started = event("started");
        UUID eventId = UUID.randomUUID();
        started.put("eventId", eventId);

        ExtractableResponse<Response> first = record(id, "\"1\"", started).statusCode(201).extract();
        record(id, "\"2\"", adjustment(Map.of("name", "Bon Sjans"))).statusCode(201);
        // The retry still carries the version the first attempt was based on.
        ExtractableResponse<Response> again = record(id, "\"1\"", started).statusCode(201).extract();

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo("\"2\"");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(database.eventsWithId(eventId)).isEqualTo(1);
        assertThat(database.eventsOf(id)).isEqualTo(3);
    }

    @Test
    void eventIdReusedForAnotherInterventionIsRejectedWith409() {
        UUID first = registerOne(newMunicipality());
        UUID second = registerOne(newMunicipality());
        Map<String, Object> started = event("started");
        started.put("eventId", UUID.randomUUID());
        record(first, "\"1\"", started).statusCode(201);

        record(second, "\"1\"", started)
                .statusCode(409)
                .contentType(PROBLEM_JSON);

        assertThat(database.eventsOf(second)).isEqualTo(1);
    }

    @Test
    void adjustmentToACodeTakenInTheMunicipalityIsRejectedWith409() {
        String municipality = newMunicipality();
        String taken = newCode();
        register(municipality, registration(taken)).statusCode(201);
        UUID id = registerOne(municipality);

        record(id, "\"1\"", adjustment(Map.of("code", taken)))
                .statusCode(409)
                .body("code", equalTo(taken));

        assertThat(database.interventionsWithCode(taken)).isEqualTo(1);
        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void historyListsTheEnvelopesInSequenceOrder() throws Exception {
        UUID id = registerOne(newMunicipality());
        record(id, "\"1\"", event("started")).statusCode(201);
        record(id, "\"2\"", adjustment(Map.of("name", "Bon Sjans"))).statusCode(201);
        record(id, "\"3\"", event("completed")).statusCode(201);

        String body = history(id).statusCode(200)
                .body("type", contains("planned", "started", "adjusted", "completed"))
                .extract().asString();

        List<LifecycleEvent> events = new ArrayList<>();
        new ObjectMapper().readTree(body).forEach(event -> events.add(EventJson.readLifecycleEvent(event.toString())));

        assertThat(events).extracting(LifecycleEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(LifecycleEvent::interventionId).containsOnly(id);
        history(UUID.randomUUID()).statusCode(404);
    }
}
