package nl.botoc.monitor.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole path, each service its own process: a POST to registry shows up in reporting's overview. */
@ExtendWith(RunningSystem.class)
class EventPathIT {

    @Test
    void aRegisteredInterventionIsCountedInTheOverview() {
        String cbsCode = "GM0363";

        long posted = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "occurred", Map.of("date", "2020-09-01", "precision", "month"),
                        "details", Map.of("code", "E2E1", "name", "Straatcoaches in de wijk",
                                "themes", List.of("straatcoaches-jongerenwerk"),
                                "primaryTheme", "straatcoaches-jongerenwerk")))
                .post(RunningSystem.registry() + "/api/v1/municipalities/{cbsCode}/interventions", cbsCode)
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> countedFor(cbsCode) == 1);
        System.out.printf("e2e: registry 201 -> reporting overview in %d ms%n",
                Duration.ofNanos(System.nanoTime() - posted).toMillis());

        Map<String, Object> municipality = municipalityEntry(cbsCode);
        assertThat(municipality).containsEntry("interventions", 1);
        assertThat(given().get(RunningSystem.reporting() + "/api/v1/overview")
                .then().statusCode(200).extract().jsonPath().getLong("logPosition")).isPositive();
    }

    private static int countedFor(String cbsCode) {
        Map<String, Object> entry = municipalityEntry(cbsCode);
        return entry == null ? 0 : ((Number) entry.get("interventions")).intValue();
    }

    private static Map<String, Object> municipalityEntry(String cbsCode) {
        List<Map<String, Object>> municipalities = given().get(RunningSystem.reporting() + "/api/v1/overview")
                .then().statusCode(200).extract().jsonPath().getList("municipalities");
        return municipalities.stream().filter(m -> cbsCode.equals(m.get("cbsCode"))).findFirst().orElse(null);
    }
}
