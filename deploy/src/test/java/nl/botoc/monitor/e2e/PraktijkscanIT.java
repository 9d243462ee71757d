package nl.botoc.monitor.e2e;

import io.restassured.path.json.JsonPath;
import nl.botoc.monitor.contract.Municipalities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.botoc.monitor.e2e.RunningSystem.asMinistry;
import static nl.botoc.monitor.e2e.RunningSystem.asResearcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The praktijkscan on the running pipeline (registry → Kafka → scan → Kafka → reporting): the BOTOC-2022
 * reference timeline, sent through registry's public API, must come out with the report's figures; a change
 * of the evidence base must re-derive them; a rebuild from the log must give identical scans. The figures
 * are read from reporting-service as the ministry, never from the data file; each municipality's part of the timeline
 * is sent with its own token and the evidence base is changed by a researcher.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PraktijkscanIT {

    private static final Path TIMELINE = RunningSystem.ROOT.resolve("deploy/reference-data/botoc-2022.json");
    /** Every event of the timeline: 64 registrations, 64 started or cancelled, 2 adjustments, 1 progress report. */
    private static final int EVENTS_IN_TIMELINE = 131;

    @BeforeAll
    static void loadTheTimeline() throws Exception {
        RunningSystem.referenceDataLoader().load(TIMELINE);
        awaitLogPosition(EVENTS_IN_TIMELINE);
    }

    @Test
    @Order(1)
    void theOriginalPlanReadsAsTheReport() {
        JsonPath overview = overview();

        assertThat(overview.getMap("originalPlan")).containsAllEntriesOf(Map.of(
                "interventions", 62, "municipalities", 8, "inPractice", 53, "notCarriedOut", 9,
                "preventive", 55, "repressive", 7, "founded", 56, "recognised", 6, "unfounded", 6));
        // ARN1's goal came with its plan, so it is no adjustment: still ROT1's rename and ARN5's rewrite only.
        assertThat(overview.getMap("originalPlan")).containsEntry("adjusted", 2);
        assertThat(overview.getLong("evidenceVersion")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void themeCountsFollowTheMatrixAsTranscribed() {
        // Appendix 2's matrix as transcribed (see the notes in botoc-2022.json; the narrative differs a little).
        assertThat(overview().getMap("themes")).containsAllEntriesOf(Map.ofEntries(
                Map.entry("gedrag-identiteit", 20), Map.entry("werk-opleiding", 8),
                Map.entry("vroegsignalering", 12), Map.entry("straatcoaches-jongerenwerk", 12),
                Map.entry("rolmodellen-ervaringsdeskundigen", 5), Map.entry("criminele-families", 4),
                Map.entry("versterken-ouderrol", 4), Map.entry("opsporing-vervolging", 6),
                Map.entry("bovenlokale-criminele-netwerken", 2), Map.entry("online-leefwereld", 2),
                Map.entry("schoolomgeving", 6), Map.entry("deskundigheidsbevordering", 3)));
    }

    @Test
    @Order(3)
    void thePortfolioAddsTheInterventionsAddedLater() {
        Map<String, Object> portfolio = overview().getMap("portfolio");

        assertThat(portfolio).containsEntry("interventions", 64).containsEntry("added", 2);
    }

    @Test
    @Order(4)
    void arn1sGoalAndReportReachTheMinistry() {
        String arn1 = (String) RunningSystem.registryIntervention("GM0202", "ARN1").get("id");

        assertThat(asMinistry().get(RunningSystem.reporting() + "/api/v1/interventions/{id}", arn1)
                .then().statusCode(200).extract().jsonPath()
                .getBoolean("scan.monitoring.measurableOutputGoal")).isTrue();

        JsonPath indicators = asMinistry()
                .get(RunningSystem.reporting() + "/api/v1/interventions/{id}/indicators", arn1)
                .then().statusCode(200).extract().jsonPath();
        assertThat(indicators.getList("indicators.code")).containsExactly("begeleide-jongeren");
        assertThat(indicators.getMap("indicators[0].targets[0]")).containsEntry("value", 60)
                .containsEntry("period", Map.of("start", "2021-01-01", "end", "2021-12-31"));
        assertThat(indicators.getMap("indicators[0].actuals[0]")).containsEntry("value", 60)
                .containsEntry("period", Map.of("start", "2021-01-01", "end", "2021-12-31"))
                .containsEntry("reportedOn", Map.of("date", "2022-04-01", "precision", "month"));

        JsonPath monitoring = asMinistry().get(RunningSystem.reporting() + "/api/v1/monitoring")
                .then().statusCode(200).extract().jsonPath();
        // Of all 64 interventions only ARN1 states a measurable goal; its report of April 2022 is long past.
        assertThat(monitoring.getMap("national")).containsEntry("interventions", 64)
                .containsEntry("withMeasurableGoals", 1).containsEntry("withRecentReport", 0);
        assertThat(monitoring.getInt("municipalities.find { it.municipality == 'GM0202' }.withMeasurableGoals"))
                .isEqualTo(1);
        assertThat(monitoring.getList("attention.find { it.interventionId == '" + arn1 + "' }.reasons.code"))
                .doesNotContain("no-measurable-output-goal").contains("quiet");
        assertThat(monitoring.getList("attention.findAll { it.reasons.code.contains('no-measurable-output-goal') }"
                + ".code")).isNotEmpty().doesNotContain("ARN1");
        // In June 2022 the report was recent: ARN1 was the one intervention not quiet.
        assertThat(asMinistry().get(RunningSystem.reporting() + "/api/v1/monitoring?peildatum=2022-06-30")
                .then().statusCode(200).extract().jsonPath().getInt("national.withRecentReport")).isEqualTo(1);
    }

    @Test
    @Order(5)
    void loadingTwiceChangesNothing() throws Exception {
        JsonPath before = overview();

        RunningSystem.referenceDataLoader().load(TIMELINE);

        assertThat(eventsStoredByRegistry()).isEqualTo(EVENTS_IN_TIMELINE);
        JsonPath after = overview();
        assertThat(after.getLong("logPosition")).isEqualTo(EVENTS_IN_TIMELINE);
        assertThat(after.getMap("originalPlan")).isEqualTo(before.getMap("originalPlan"));
        assertThat(after.getMap("portfolio")).isEqualTo(before.getMap("portfolio"));
    }

    @Test
    @Order(6)
    void demotingAFactorLowersFoundedAndRestoringItBringsBack56() {
        long version = overview().getLong("evidenceVersion");
        Map<String, Object> demotion = reclassification("plausible");
        // The what-if preview predicts the effect without changing anything; the pipeline must then agree.
        int wouldBecomeUnfounded = asResearcher().contentType("application/json").body(demotion)
                .post(RunningSystem.scan() + "/api/v1/evidence/previews")
                .then().statusCode(200).extract().jsonPath()
                .getList("changes.findAll { it.origin != 'added' && it.before.evidenceLevel == 'gefundeerd'"
                        + " && !(it.after.evidenceLevel in ['gefundeerd', 'erkend']) }")
                .size();
        assertThat(wouldBecomeUnfounded).isPositive();
        assertThat(overview().getLong("evidenceVersion")).isEqualTo(version);

        changeEvidence(demotion);
        awaitOriginalPlan(version + 1, 56 - wouldBecomeUnfounded);

        changeEvidence(reclassification("founded"));
        awaitOriginalPlan(version + 2, 56);
    }

    @Test
    @Order(7)
    void rebuildingScanServiceFromTheLogGivesIdenticalScans() throws Exception {
        List<Map<String, Object>> before = scansWithoutDerivationTime();

        RunningSystem.restartScanServiceFromScratch();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> scansWithoutDerivationTime().equals(before));
    }

    private static Map<String, Object> reclassification(String evidenceClass) {
        return Map.of("type", "factor-reclassified", "factor", "antisociale-persoonlijkheidskenmerken",
                "evidenceClass", evidenceClass, "reason", "Test van de herafleiding");
    }

    private static void changeEvidence(Map<String, Object> change) {
        asResearcher().contentType("application/json").body(change)
                .post(RunningSystem.scan() + "/api/v1/evidence/changes").then().statusCode(201);
    }

    private static void awaitOriginalPlan(long evidenceVersion, int founded) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath overview = overview();
            assertThat(overview.getLong("evidenceVersion")).isEqualTo(evidenceVersion);
            assertThat(overview.getMap("originalPlan")).containsEntry("founded", founded);
        });
    }

    private static List<Map<String, Object>> scansWithoutDerivationTime() {
        List<Map<String, Object>> scans = asMinistry().get(RunningSystem.scan() + "/api/v1/scans")
                .then().statusCode(200).extract().jsonPath().getList("$");
        scans.forEach(scan -> scan.remove("derivedAt"));
        scans.sort(java.util.Comparator.comparing(scan -> scan.get("interventionId").toString()));
        return scans;
    }

    /** Registry's own count: an intervention's version is the number of its events. */
    private static long eventsStoredByRegistry() {
        return Municipalities.BOTOC.keySet().stream()
                .mapToLong(cbsCode -> asMinistry().get(RunningSystem.registry()
                                + "/api/v1/municipalities/{cbsCode}/interventions", cbsCode)
                        .then().statusCode(200).extract().jsonPath().getList("version", Long.class)
                        .stream().mapToLong(Long::longValue).sum())
                .sum();
    }

    static JsonPath overview() {
        return asMinistry().get(RunningSystem.reporting() + "/api/v1/overview")
                .then().statusCode(200).extract().jsonPath();
    }

    static void awaitLogPosition(long position) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> overview().getLong("logPosition") == position);
    }
}
