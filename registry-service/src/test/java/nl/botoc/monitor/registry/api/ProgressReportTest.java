package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload.ProgressReported;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.registry.LifecycleTopic;
import nl.botoc.monitor.registry.TestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.RegistryApi.asMinistry;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.measurement;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.outputGoal;
import static nl.botoc.monitor.registry.RegistryApi.progress;
import static nl.botoc.monitor.registry.RegistryApi.put;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registerWithGoals;
import static nl.botoc.monitor.registry.RegistryApi.year;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Progress reports: measured values of the intervention's indicators, checked against its goals and its life. */
@QuarkusTest
class ProgressReportTest {

    private static final String COACHED = "begeleide-jongeren";

    @Inject
    TestDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void progressReportAnswers201AndIsPublished() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal(COACHED, 60));
        record(id, "\"1\"", event("started")).statusCode(201);

        ExtractableResponse<Response> reported = record(id, "\"2\"", progress(COACHED, 62))
                .statusCode(201)
                .header("ETag", "\"3\"")
                .body("status", equalTo("started"))
                .body("adjusted", equalTo(false))
                .extract();

        assertThat(reported.header("Location")).endsWith("/api/v1/interventions/" + id + "/events/3");
        LifecycleEvent stored = EventJson.readLifecycleEvent(asMinistry().get(reported.header("Location")).then()
                .statusCode(200).body("type", equalTo("progress-reported")).extract().asString());
        assertThat(stored.payload()).isEqualTo(new ProgressReported(List.of(new Measurement(COACHED,
                Period.year(2021), BigDecimal.valueOf(62), "jongeren")), "Doel voor 2021 gehaald."));
        try (LifecycleTopic topic = new LifecycleTopic(bootstrapServers)) {
            ConsumerRecord<String, String> published = topic.recordsOf(id, 3).get(2);
            assertThat(EventJson.readLifecycleEvent(published.value())).isEqualTo(stored);
        }
    }

    @Test
    void progressMayBeReportedAfterTheEndForAPeriodWithinTheLife() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal(COACHED, 60));
        record(id, "\"1\"", event("started")).statusCode(201);
        Map<String, Object> completed = event("completed");
        completed.put("occurred", Map.of("date", "2021-12-01", "precision", "month"));
        record(id, "\"2\"", completed).statusCode(201);

        record(id, "\"3\"", progress(COACHED, 62))
                .statusCode(201)
                .body("status", equalTo("completed"));
    }

    @Test
    void periodEndingAfterTheInterventionEndedIsRejectedWith400() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal(COACHED, 60));
        Map<String, Object> cancelled = event("cancelled");
        cancelled.put("occurred", Map.of("date", "2021-06-30", "precision", "day"));
        record(id, "\"1\"", cancelled).statusCode(201);

        record(id, "\"2\"", progress(COACHED, 12))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("measurements[0].period"));

        assertThat(database.eventsOf(id)).isEqualTo(2);
    }

    @Test
    void progressOfAnInterventionWithoutGoalsIsRejectedWith400NamingTheIndicator() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", progress(COACHED, 62))
                .statusCode(400)
                .body("violations.field", contains("measurements[0].indicator"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    static Stream<Arguments> reportsThatBreakARule() {
        return Stream.of(
                arguments("an unknown indicator", measured("indicator", "recidive"), "measurements[0].indicator"),
                arguments("another unit", measured("unit", "%"), "measurements[0].unit"),
                arguments("no value", measured("value", null), "measurements[0].value"),
                arguments("a period before the registration", measured("period", year(2019)),
                        "measurements[0].period"),
                arguments("a period starting the day after the report", measured("period",
                        Map.of("start", "2022-01-15", "end", "2022-03-31")), "measurements[0].period"),
                arguments("a period ending before it starts", measured("period",
                        Map.of("start", "2021-12-31", "end", "2021-01-01")), "measurements[0].period"),
                arguments("no measurements", (Consumer<Map<String, Object>>) report -> report.put("measurements",
                        List.of()), "measurements"),
                arguments("one indicator and period twice", (Consumer<Map<String, Object>>) report ->
                        report.put("measurements", List.of(measurement(report, 0), measurement(report, 0))),
                        "measurements[1].period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportsThatBreakARule")
    void reportBreakingARuleIsRejectedWith400NamingTheFieldAndStoresNothing(
            String name, Consumer<Map<String, Object>> breakIt, String field) {
        UUID id = registerWithGoals(newMunicipality(), outputGoal(COACHED, 60));
        Map<String, Object> report = progress(COACHED, 62);
        breakIt.accept(report);

        record(id, "\"1\"", report)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains(field));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void measurementsOnAnotherEventTypeAreRejectedWith400() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal(COACHED, 60));
        Map<String, Object> started = event("started");
        started.put("measurements", progress(COACHED, 62).get("measurements"));

        record(id, "\"1\"", started)
                .statusCode(400)
                .body("violations.field", contains("measurements"));
    }

    @Test
    void progressReportNeedsIfMatchAndIsStoredOnceWhenRetried() {
        UUID id = registerWithGoals(newMunicipality(), outputGoal(COACHED, 60));
        Map<String, Object> report = progress(COACHED, 62);
        report.put("eventId", UUID.randomUUID());
        record(id, null, report).statusCode(428);

        ExtractableResponse<Response> first = record(id, "\"1\"", report).statusCode(201).extract();
        ExtractableResponse<Response> again = record(id, "\"1\"", report).statusCode(201).extract();

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(database.eventsOf(id)).isEqualTo(2);
    }

    private static Consumer<Map<String, Object>> measured(String field, Object value) {
        return report -> put(measurement(report, 0), field, value);
    }
}
