package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.RegistryApi.adjustment;
import static nl.botoc.monitor.registry.RegistryApi.asMinistry;
import static nl.botoc.monitor.registry.RegistryApi.details;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.goals;
import static nl.botoc.monitor.registry.RegistryApi.goalsSetting;
import static nl.botoc.monitor.registry.RegistryApi.history;
import static nl.botoc.monitor.registry.RegistryApi.indicator;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.outputGoal;
import static nl.botoc.monitor.registry.RegistryApi.put;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registerWithGoals;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.RegistryApi.setGoals;
import static nl.botoc.monitor.registry.RegistryApi.year;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Measurable goals: given at registration, adjusted as events, or set through their own endpoint. */
@QuarkusTest
class GoalsTest {

    @Inject
    TestDatabase database;

    @Test
    void goalsGivenAtRegistrationAreTheInterventionsGoals() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal("begeleide-jongeren", 60));

        goals(id).statusCode(200)
                .header("ETag", "\"1\"")
                .body("measurableGoals.level", contains("output"))
                .body("measurableGoals[0].indicator.code", equalTo("begeleide-jongeren"))
                .body("measurableGoals[0].indicator.direction", equalTo("higher-is-better"))
                .body("measurableGoals[0].indicator.targets[0].period.start", equalTo("2021-01-01"))
                .body("measurableGoals[0].indicator.targets[0].value", equalTo(60));
    }

    @Test
    void interventionWithoutGoalsHasAnEmptyList() {
        goals(registerOne(newMunicipality())).statusCode(200).body("measurableGoals", empty());
        goals(UUID.randomUUID()).statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void settingGoalsRecordsAnAdjustmentOfTheGoalsAlone() {
        UUID id = registerOne(newMunicipality());

        ExtractableResponse<Response> set = setGoals(id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 60)))
                .statusCode(201)
                .header("ETag", "\"2\"")
                .body("measurableGoals[0].indicator.code", equalTo("begeleide-jongeren"))
                .extract();

        assertThat(set.header("Location")).endsWith("/api/v1/interventions/" + id + "/events/2");
        Map<String, Object> changes = asMinistry().get(set.header("Location")).then().statusCode(200)
                .body("type", equalTo("adjusted"))
                .body("payload.reason", equalTo("Doelen bijgesteld."))
                .extract().path("payload.changes");
        assertThat(changes).containsOnlyKeys("measurableGoals");
        asMinistry().get("/api/v1/interventions/{id}", id).then()
                .body("adjusted", equalTo(true))
                .body("name", equalTo("Preventie met Gezag"))
                .body("details.measurableGoals[0].indicator.code", equalTo("begeleide-jongeren"));
    }

    @Test
    void settingTheSameGoalsAgainRecordsNothing() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal("begeleide-jongeren", 60));

        setGoals(id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 60)))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("measurableGoals[0].indicator.targets[0].value", equalTo(60));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void loweringATargetKeepsTheOriginalInTheHistory() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal("begeleide-jongeren", 60));

        setGoals(id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 40))).statusCode(201);

        goals(id).body("measurableGoals[0].indicator.targets[0].value", equalTo(40));
        history(id).statusCode(200)
                .body("type", contains("planned", "adjusted"))
                .body("[0].payload.details.measurableGoals[0].indicator.targets[0].value", equalTo(60))
                .body("[1].payload.changes.measurableGoals[0].indicator.targets[0].value", equalTo(40));
    }

    @Test
    void adjustmentThroughTheEventsEndpointSetsGoalsToo() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", adjustment(Map.of("measurableGoals", List.of(outputGoal("begeleide-jongeren", 60)))))
                .statusCode(201)
                .body("details.measurableGoals[0].indicator.code", equalTo("begeleide-jongeren"));

        goals(id).header("ETag", "\"2\"").body("measurableGoals.level", contains("output"));
    }

    @Test
    void settingGoalsWithoutIfMatchIsRejectedWith428AndWithAStaleOneWith412() {
        UUID id = registerOne(newMunicipality());
        record(id, "\"1\"", event("started")).statusCode(201);

        setGoals(id, null, goalsSetting(outputGoal("begeleide-jongeren", 60))).statusCode(428)
                .contentType(PROBLEM_JSON);
        setGoals(id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 60))).statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("currentVersion", equalTo(2));

        assertThat(database.eventsOf(id)).isEqualTo(2);
    }

    @Test
    void repeatedSettingIsStoredOnceAndAnsweredIdentically() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> setting = goalsSetting(outputGoal("begeleide-jongeren", 60));
        UUID eventId = UUID.randomUUID();
        setting.put("eventId", eventId);

        ExtractableResponse<Response> first = setGoals(id, "\"1\"", setting).statusCode(201).extract();
        record(id, "\"2\"", event("started")).statusCode(201);
        ExtractableResponse<Response> again = setGoals(id, "\"1\"", setting).statusCode(201).extract();

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo("\"2\"");
        assertThat(database.eventsWithId(eventId)).isEqualTo(1);
        assertThat(database.eventsOf(id)).isEqualTo(3);
    }

    @Test
    void goalsOfAnEndedInterventionCannotChange() {
        UUID id = registerOne(newMunicipality());
        record(id, "\"1\"", event("cancelled")).statusCode(201);

        setGoals(id, "\"2\"", goalsSetting(outputGoal("begeleide-jongeren", 60)))
                .statusCode(409)
                .body("currentStatus", equalTo("cancelled"));

        assertThat(database.eventsOf(id)).isEqualTo(2);
    }

    static Stream<Arguments> goalsThatBreakARule() {
        return Stream.of(
                arguments("no level", (Consumer<Map<String, Object>>) goal -> goal.remove("level"),
                        "measurableGoals[0].level"),
                arguments("no indicator", (Consumer<Map<String, Object>>) goal -> goal.remove("indicator"),
                        "measurableGoals[0].indicator"),
                arguments("a code with capitals", indicatorWith("code", "Begeleide-Jongeren"),
                        "measurableGoals[0].indicator.code"),
                arguments("no name", indicatorWith("name", null), "measurableGoals[0].indicator.name"),
                arguments("a blank unit", indicatorWith("unit", " "), "measurableGoals[0].indicator.unit"),
                arguments("no direction", indicatorWith("direction", null), "measurableGoals[0].indicator.direction"),
                arguments("a baseline without a date", indicatorWith("baseline", Map.of("value", 3)),
                        "measurableGoals[0].indicator.baseline.date"),
                arguments("a target without a value", indicatorWith("targets", List.of(Map.of("period", year(2021)))),
                        "measurableGoals[0].indicator.targets[0].value"),
                arguments("a target ending before it starts", indicatorWith("targets", List.of(Map.of("period",
                        Map.of("start", "2021-12-31", "end", "2021-01-01"), "value", 60))),
                        "measurableGoals[0].indicator.targets[0].period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goalsThatBreakARule")
    void goalBreakingARuleIsRejectedWith400NamingTheField(String name, Consumer<Map<String, Object>> breakIt,
                                                         String field) {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> goal = outputGoal("begeleide-jongeren", 60);
        breakIt.accept(goal);

        setGoals(id, "\"1\"", goalsSetting(goal))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains(field));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void unknownLevelIsRejectedWith400NamingIt() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> goal = outputGoal("begeleide-jongeren", 60);
        goal.put("level", "effect");

        setGoals(id, "\"1\"", goalsSetting(goal))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("field", equalTo("measurableGoals[0].level"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void indicatorCodeUsedTwiceIsRejectedWith400() {
        UUID id = registerOne(newMunicipality());

        setGoals(id, "\"1\"", goalsSetting(outputGoal("begeleide-jongeren", 60), outputGoal("begeleide-jongeren", 9)))
                .statusCode(400)
                .body("violations.field", contains("measurableGoals[1].indicator.code"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void registrationWithABrokenGoalIsRejectedWith400AndStoresNothing() {
        String code = newCode();
        Map<String, Object> registration = registration(code);
        Map<String, Object> goal = outputGoal("begeleide-jongeren", 60);
        indicator(goal).remove("unit");
        details(registration).put("measurableGoals", List.of(goal));

        register(newMunicipality(), registration)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("details.measurableGoals[0].indicator.unit"));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void adjustmentWithABrokenGoalIsRejectedWith400NamingItsField() {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> broken = outputGoal("recidive", 25);
        indicator(broken).put("targets", List.of(Map.of("period", Map.of("start", "2022-01-01"), "value", 25)));

        record(id, "\"1\"", adjustment(Map.of("measurableGoals",
                List.of(outputGoal("begeleide-jongeren", 60), broken))))
                .statusCode(400)
                .body("violations.field", contains("changes.measurableGoals[1].indicator.targets[0].period"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    private static Consumer<Map<String, Object>> indicatorWith(String field, Object value) {
        return goal -> put(indicator(goal), field, value);
    }
}
