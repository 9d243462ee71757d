package nl.botoc.monitor.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.botoc.monitor.e2e.RunningSystem.asMinistry;
import static nl.botoc.monitor.e2e.RunningSystem.asMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Goals and progress through registry's API alone, each service its own process: a municipality registers an
 * intervention with goals, starts it, lowers a target and reports progress (all with its own token); reporting then
 * shows the ministry target against actual and flags the lowered ambition, while reports that break the rules are
 * refused and leave no trace. Dates are relative to today, so that "a recent report" stays recent whenever the
 * test runs.
 */
@ExtendWith(RunningSystem.class)
class MonitoringIT {

    private static final String AMSTERDAM = "GM0363";
    private static final LocalDate TODAY = LocalDate.now();
    private static final int LAST_YEAR = TODAY.getYear() - 1;
    private static final int THIS_YEAR = TODAY.getYear();
    private static final String COACHED = "begeleide-jongeren";
    private static final String COACHED_INDICATOR = "indicators.find { it.code == '" + COACHED + "' }";

    @Test
    void aMunicipalitySetsGoalsAndReportsProgressAndTheMinistrySeesTargetActualAndFlags() {
        // Planned in January of last year with 60 young people for last year and 80 for this year.
        ValidatableResponse registered = asMunicipality(AMSTERDAM).contentType(ContentType.JSON)
                .body(Map.of(
                        "occurred", Map.of("date", LAST_YEAR + "-01-01", "precision", "month"),
                        "details", Map.of("code", "E2E-MON", "name", "Jongerenwerk Zuidoost",
                                "themes", List.of("straatcoaches-jongerenwerk"),
                                "targetGroup", Map.of("minAge", 12, "maxAge", 23,
                                        "description", "Jongeren in Amsterdam-Zuidoost"),
                                "measurableGoals", goals(80))))
                .post(RunningSystem.registry() + "/api/v1/municipalities/{cbsCode}/interventions", AMSTERDAM)
                .then().statusCode(201);
        String id = registered.extract().jsonPath().getString("id");
        String version = postEvent(id, registered.extract().header("ETag"), Map.of("type", "started",
                "occurred", Map.of("date", LAST_YEAR + "-02-01", "precision", "month")))
                .statusCode(201).extract().header("ETag");

        ValidatableResponse current = asMunicipality(AMSTERDAM)
                .get(RunningSystem.registry() + "/api/v1/interventions/{id}/goals", id)
                .then().statusCode(200).header("ETag", version);
        assertThat(current.extract().jsonPath().getList("measurableGoals.indicator.code"))
                .containsExactly(COACHED, "schooluitval");

        // The same goals again are no change: nothing is recorded.
        putGoals(id, version, goals(80)).statusCode(200).header("ETag", version);
        // This year's target lowered from 80 to 70: an adjustment that keeps the 80 in the history.
        version = putGoals(id, version, goals(70)).statusCode(201).extract().header("ETag");

        refused(id, version, measurement("onbekend", LAST_YEAR, "jongeren"), "measurements[0].indicator");
        refused(id, version, measurement(COACHED, LAST_YEAR, "%"), "measurements[0].unit");
        // The year before its registration lies outside its life.
        refused(id, version, measurement(COACHED, LAST_YEAR - 1, "jongeren"), "measurements[0].period");
        asMunicipality(AMSTERDAM).get(RunningSystem.registry() + "/api/v1/interventions/{id}/goals", id)
                .then().statusCode(200).header("ETag", version);

        long posted = System.nanoTime();
        postEvent(id, version, Map.of("type", "progress-reported",
                "occurred", Map.of("date", TODAY.toString(), "precision", "day"),
                "measurements", List.of(measurement(COACHED, LAST_YEAR, "jongeren")),
                "note", "Doel van vorig jaar gehaald; wachtlijst in Zuidoost."))
                .statusCode(201);
        Freshness.awaitAndReport("progress report, registry 201 -> reporting indicators", posted,
                () -> !indicators(id).getList(COACHED_INDICATOR + ".actuals").isEmpty());
        Freshness.awaitAndReport("progress report, registry 201 -> reporting monitoring", posted,
                () -> monitoring().getInt("national.withRecentReport") == 1);

        JsonPath indicators = indicators(id);
        assertThat(indicators.getString(COACHED_INDICATOR + ".level")).isEqualTo("output");
        assertThat(indicators.getString(COACHED_INDICATOR + ".unit")).isEqualTo("jongeren");
        // Targets are the current goals: the lowered 70, not the planned 80; the 80 stays in the event history.
        assertThat(indicators.getList(COACHED_INDICATOR + ".targets.value", Number.class))
                .extracting(Number::intValue).containsExactly(60, 70);
        assertThat(indicators.getList(COACHED_INDICATOR + ".targets.period.start"))
                .containsExactly(LAST_YEAR + "-01-01", THIS_YEAR + "-01-01");
        assertThat(indicators.getList(COACHED_INDICATOR + ".actuals.value", Number.class))
                .extracting(Number::intValue).containsExactly(62);
        assertThat(indicators.getString(COACHED_INDICATOR + ".actuals[0].period.start"))
                .isEqualTo(LAST_YEAR + "-01-01");
        assertThat(indicators.getString(COACHED_INDICATOR + ".actuals[0].reportedOn.date"))
                .isEqualTo(TODAY.toString());
        assertThat(indicators.getDouble("indicators.find { it.code == 'schooluitval' }.baseline.value"))
                .isEqualTo(12.5);

        JsonPath monitoring = monitoring();
        assertThat(monitoring.getMap("national")).containsEntry("interventions", 1)
                .containsEntry("withMeasurableGoals", 1).containsEntry("withRecentReport", 1);
        // A recent report, a target group and an output goal: the lowered target is the only reason to look.
        assertThat(monitoring.getList("attention.interventionId")).containsExactly(id);
        assertThat(monitoring.getList("attention[0].reasons.code")).containsExactly("lowered-targets");
        assertThat(asMinistry()
                .get(RunningSystem.reporting() + "/api/v1/municipalities/{cbsCode}/monitoring", AMSTERDAM)
                .then().statusCode(200).extract().jsonPath().getList("attention.interventionId"))
                .containsExactly(id);

        // The refused reports left nothing: registration, start, goals changed, one report.
        assertThat(asMinistry().get(RunningSystem.reporting() + "/api/v1/interventions/{id}/events", id)
                .then().statusCode(200).extract().jsonPath().getList("events.type"))
                .containsExactly("planned", "started", "adjusted", "progress-reported");

        String page = asMinistry().get(RunningSystem.reporting() + "/interventies/{id}", id)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<svg").contains("role=\"img\"").contains("Begeleide jongeren");
    }

    private static List<Map<String, Object>> goals(int targetThisYear) {
        return List.of(
                Map.of("level", "output", "description", "Jongeren uit de doelgroep worden begeleid.",
                        "indicator", Map.of("code", COACHED, "name", "Begeleide jongeren", "unit", "jongeren",
                                "direction", "higher-is-better",
                                "targets", List.of(target(LAST_YEAR, 60), target(THIS_YEAR, targetThisYear)),
                                "measurement", "Registratie van het jongerenwerk, per kwartaal geteld.")),
                Map.of("level", "outcome", "description", "Minder schooluitval onder begeleide jongeren.",
                        "indicator", Map.of("code", "schooluitval", "name", "Schooluitval", "unit", "%",
                                "direction", "lower-is-better",
                                "baseline", Map.of("value", 12.5, "date", LAST_YEAR + "-01-01"),
                                "targets", List.of(target(THIS_YEAR, 10)))));
    }

    private static Map<String, Object> target(int year, int value) {
        return Map.of("period", year(year), "value", value);
    }

    private static Map<String, Object> measurement(String indicator, int year, String unit) {
        return Map.of("indicator", indicator, "period", year(year), "value", 62, "unit", unit);
    }

    private static Map<String, String> year(int year) {
        return Map.of("start", year + "-01-01", "end", year + "-12-31");
    }

    private static ValidatableResponse postEvent(String id, String ifMatch, Map<String, Object> event) {
        return asMunicipality(AMSTERDAM).contentType(ContentType.JSON).header("If-Match", ifMatch).body(event)
                .post(RunningSystem.registry() + "/api/v1/interventions/{id}/events", id).then();
    }

    private static ValidatableResponse putGoals(String id, String ifMatch, List<Map<String, Object>> goals) {
        return asMunicipality(AMSTERDAM).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(Map.of("occurred", Map.of("date", TODAY.toString(), "precision", "day"),
                        "measurableGoals", goals, "reason", "Doel voor dit jaar verlaagd: minder uren beschikbaar."))
                .put(RunningSystem.registry() + "/api/v1/interventions/{id}/goals", id).then();
    }

    private static void refused(String id, String ifMatch, Map<String, Object> measurement, String field) {
        postEvent(id, ifMatch, Map.of("type", "progress-reported",
                "occurred", Map.of("date", TODAY.toString(), "precision", "day"),
                "measurements", List.of(measurement)))
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    private static JsonPath indicators(String id) {
        return asMinistry().get(RunningSystem.reporting() + "/api/v1/interventions/{id}/indicators", id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath monitoring() {
        return asMinistry().get(RunningSystem.reporting() + "/api/v1/monitoring").then().statusCode(200)
                .extract().jsonPath();
    }
}
