package nl.botoc.monitor.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static nl.botoc.monitor.e2e.RunningSystem.asMinistry;
import static nl.botoc.monitor.e2e.RunningSystem.asMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path, each service its own process: a municipality's POST to registry shows up in the overview the
 * ministry reads.
 */
@ExtendWith(RunningSystem.class)
class EventPathIT {

    private static final String AMSTERDAM = "GM0363";

    @Test
    void aRegisteredInterventionIsCountedInTheOverviewAndFollowsItsLifecycle() {
        long posted = System.nanoTime();
        ExtractableResponse<Response> registered = asMunicipality(AMSTERDAM).contentType(ContentType.JSON)
                .body(Map.of(
                        "occurred", Map.of("date", "2020-09-01", "precision", "month"),
                        "details", Map.of("code", "E2E1", "name", "Straatcoaches in de wijk",
                                "themes", List.of("straatcoaches-jongerenwerk"),
                                "primaryTheme", "straatcoaches-jongerenwerk")))
                .post(RunningSystem.registry() + "/api/v1/municipalities/{cbsCode}/interventions", AMSTERDAM)
                .then().statusCode(201).extract();
        Freshness.awaitAndReport("registered, registry 201 -> reporting overview", posted,
                () -> amsterdam("interventions") == 1);

        // The first event also pays for the consumer groups joining; the second shows the steady path.
        posted = System.nanoTime();
        asMunicipality(AMSTERDAM).contentType(ContentType.JSON).header("If-Match", registered.header("ETag"))
                .body(Map.of("type", "started", "occurred", Map.of("date", "2021-01-01", "precision", "quarter")))
                .post(RunningSystem.registry() + "/api/v1/interventions/{id}/events", registered.jsonPath().getString("id"))
                .then().statusCode(201);
        Freshness.awaitAndReport("started, registry 201 -> reporting overview", posted,
                () -> amsterdamStarted() == 1);

        Map<String, Object> overview = asMinistry().get(RunningSystem.reporting() + "/api/v1/overview")
                .then().statusCode(200).extract().jsonPath().getMap("originalPlan");
        assertThat(overview).containsEntry("interventions", 1).containsEntry("inPractice", 1)
                .containsEntry("founded", 1);
    }

    private static int amsterdam(String figure) {
        Map<String, Object> entry = amsterdamEntry();
        return entry == null ? 0 : ((Number) entry.get(figure)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static int amsterdamStarted() {
        Map<String, Object> entry = amsterdamEntry();
        return entry == null ? 0 : ((Number) ((Map<String, Object>) entry.get("byStatus")).get("started")).intValue();
    }

    private static Map<String, Object> amsterdamEntry() {
        List<Map<String, Object>> municipalities = asMinistry()
                .get(RunningSystem.reporting() + "/api/v1/overview")
                .then().statusCode(200).extract().jsonPath().getList("municipalities");
        return municipalities.stream().filter(m -> AMSTERDAM.equals(m.get("cbsCode"))).findFirst().orElse(null);
    }
}
