package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.TestTokens;
import nl.botoc.monitor.registry.LifecycleTopic;
import nl.botoc.monitor.registry.TestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.botoc.monitor.registry.RegistryApi.as;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.goalsSetting;
import static nl.botoc.monitor.registry.RegistryApi.history;
import static nl.botoc.monitor.registry.RegistryApi.list;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.outputGoal;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.RegistryApi.setGoals;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Who may do what, with real signed tokens: a municipality registers, changes and reads its own interventions and
 * cannot tell another's from one that does not exist; the ministry reads all and changes nothing; a researcher has no
 * business here. Nothing a refused request sent is stored.
 */
@QuarkusTest
class AuthorisationTest {

    @Inject
    TestDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String owner = newMunicipality();
    private final String other = TestTokens.municipality(newMunicipality());

    @ParameterizedTest(name = "another municipality reading {0} is told it does not exist")
    @ValueSource(strings = {"", "/events", "/events/1", "/goals"})
    void anotherMunicipalityCannotReadAnInterventionNorLearnItExists(String path) {
        UUID id = registerOne(owner);

        as(other).get("/api/v1/interventions/{id}" + path, id).then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("There is no intervention " + id + "."));
        as(TestTokens.municipality(owner)).get("/api/v1/interventions/{id}" + path, id).then().statusCode(200);
        as(TestTokens.ministry()).get("/api/v1/interventions/{id}" + path, id).then().statusCode(200);
    }

    @Test
    void anotherMunicipalityCannotRecordAnEventAndNothingIsStored() {
        UUID id = registerOne(owner);
        UUID eventId = UUID.randomUUID();

        record(other, id, "\"1\"", withEventId(event("started"), eventId))
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("There is no intervention " + id + "."));

        assertThat(database.eventsWithId(eventId)).isZero();
        assertThat(database.eventsOf(id)).isEqualTo(1);
        history(id).body("$", hasSize(1));
    }

    @Test
    void anotherMunicipalityCannotSetGoalsAndNothingIsStored() {
        UUID id = registerOne(owner);

        setGoals(other, id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 60)))
                .statusCode(404)
                .contentType(PROBLEM_JSON);

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void municipalityCannotRegisterUnderAnotherMunicipalitysCode() {
        String code = newCode();

        register(other, owner, registration(code))
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("Only municipality " + owner + " registers its interventions."));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void municipalityTokenWithoutACbsCodeRegistersNothing() {
        String code = newCode();
        String withoutCode = TestTokens.builder().roles(TestTokens.MUNICIPALITY).sign();

        register(withoutCode, owner, registration(code)).statusCode(403).contentType(PROBLEM_JSON);

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void aMunicipalitysListIsForItselfAndTheMinistry() {
        UUID id = registerOne(owner);

        list(TestTokens.municipality(owner), owner).statusCode(200).body("id", equalTo(List.of(id.toString())));
        list(TestTokens.ministry(), owner).statusCode(200).body("$", hasSize(1));
        list(other, owner).statusCode(403).contentType(PROBLEM_JSON);
        list(TestTokens.researcher(), owner).statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void ministryWritesNothing() {
        UUID id = registerOne(owner);
        String code = newCode();
        String ministry = TestTokens.ministry();

        register(ministry, owner, registration(code)).statusCode(403).contentType(PROBLEM_JSON);
        record(ministry, id, "\"1\"", event("started")).statusCode(403).contentType(PROBLEM_JSON);
        setGoals(ministry, id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 60)))
                .statusCode(403).contentType(PROBLEM_JSON);
        record(ministry, UUID.randomUUID(), "\"1\"", event("started")).statusCode(403);

        assertThat(database.interventionsWithCode(code)).isZero();
        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void researcherNeitherReadsNorWritesInterventions() {
        UUID id = registerOne(owner);
        String researcher = TestTokens.researcher();

        as(researcher).get("/api/v1/interventions/{id}", id).then().statusCode(403).contentType(PROBLEM_JSON);
        history(researcher, id).statusCode(403).contentType(PROBLEM_JSON);
        as(researcher).get("/api/v1/interventions/{id}", UUID.randomUUID()).then().statusCode(403);
        record(researcher, id, "\"1\"", event("started")).statusCode(403).contentType(PROBLEM_JSON);
        register(researcher, owner, registration(newCode())).statusCode(403).contentType(PROBLEM_JSON);

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void theTokensSubjectIsRecordedAsTheActorOfEveryEvent() {
        String actor = "j.jansen@" + owner.toLowerCase();
        String projectLeader = TestTokens.builder().subject(actor).roles(TestTokens.MUNICIPALITY).cbs(owner).sign();
        UUID id = UUID.fromString(register(projectLeader, owner, registration(newCode())).statusCode(201)
                .extract().path("id"));
        record(projectLeader, id, "\"1\"", event("started")).statusCode(201);

        history(id).body("actor", equalTo(List.of(actor, actor)));
        try (LifecycleTopic topic = new LifecycleTopic(bootstrapServers)) {
            assertThat(topic.recordsOf(id, 2)).extracting(published -> EventJson.readLifecycleEvent(published.value()))
                    .extracting(LifecycleEvent::actor)
                    .containsExactly(actor, actor);
        }
    }

    private static Map<String, Object> withEventId(Map<String, Object> body, UUID eventId) {
        body.put("eventId", eventId.toString());
        return body;
    }
}
