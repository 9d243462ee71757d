package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.Approach.REPRESSIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.EXPLORATIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

/** The field names of the overview are a contract with its clients: these pin them. */
@QuarkusTest
class OverviewResourceTest {

    private static final List<String> FIGURES = List.of(
            "interventions", "municipalities", "inPractice", "notCarriedOut", "adjusted", "planned", "completed",
            "preventive", "repressive", "founded", "recognised", "exploratory", "unfounded");
    private static final List<String> PORTFOLIO_FIGURES = Stream.concat(FIGURES.stream(), Stream.of("added")).toList();
    private static final List<String> STATUSES = List.of("planned", "started", "completed", "cancelled");

    @Inject
    ScanTopic topic;

    @Test
    void overviewHasTheDocumentedShape() {
        String municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).classified(GEFUNDEERD, PREVENTIEF, "vroegsignalering").build());
        awaitInterventions(municipality, 1);

        JsonPath overview = overview();

        assertThat(keysOf(overview, "")).containsExactlyInAnyOrder("originalPlan", "portfolio", "themes",
                "portfolioThemes", "byStatus", "municipalities", "evidenceVersion", "logPosition", "logOffsets");
        assertThat(keysOf(overview, "originalPlan")).containsExactlyInAnyOrderElementsOf(FIGURES);
        assertThat(keysOf(overview, "portfolio")).containsExactlyInAnyOrderElementsOf(PORTFOLIO_FIGURES);
        assertThat(overview.getMap("themes")).containsKey("vroegsignalering");
        assertThat(keysOf(overview, "byStatus")).containsExactlyInAnyOrderElementsOf(STATUSES);
        assertThat(keysOf(overview, municipalityPath(municipality)))
                .containsExactlyInAnyOrder("cbsCode", "name", "interventions", "byStatus", "founded", "unfounded");
    }

    @Test
    void classifiedScansCountInTheirMunicipalityAndThemes() {
        String municipality = randomTestMunicipality();
        // A theme of this test's own, so that the national theme counts can be checked exactly.
        String theme = "testthema-" + UUID.randomUUID();
        topic.publish(aScan().in(municipality).status(STARTED).evidenceVersion(1)
                .classified(ERKEND, PREVENTIEF, theme, "gedrag-identiteit").build());
        topic.publish(aScan().in(municipality).status(CANCELLED).evidenceVersion(1)
                .classified(GEFUNDEERD, REPRESSIEF, theme).build());
        topic.publish(aScan().in(municipality).added().evidenceVersion(1)
                .classified(EXPLORATIEF, PREVENTIEF, theme).build());
        topic.publish(aScan().in(municipality).build());
        awaitInterventions(municipality, 4);

        JsonPath overview = overview();

        assertThat(overview.<String, Object>getMap(municipalityPath(municipality)))
                .containsEntry("interventions", 4)
                .containsEntry("founded", 2)
                .containsEntry("unfounded", 1);
        assertThat(overview.<String, Object>getMap("themes")).containsEntry(theme, 2);
        assertThat(overview.<String, Object>getMap("portfolioThemes")).containsEntry(theme, 3);
        assertThat(overview.getLong("evidenceVersion")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUnchangedOverviewIsAnswered304AndAChangedOneInFull() {
        String municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).build());
        awaitInterventions(municipality, 1);
        String tag = asMinistry().accept(ContentType.JSON).get("/api/v1/overview")
                .then().statusCode(200).extract().header("ETag");

        asMinistry().accept(ContentType.JSON).header("If-None-Match", tag).get("/api/v1/overview")
                .then().statusCode(304);

        String later = randomTestMunicipality();
        topic.publish(aScan().in(later).build());
        awaitInterventions(later, 1);
        Response changed = asMinistry().accept(ContentType.JSON).header("If-None-Match", tag)
                .get("/api/v1/overview");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.jsonPath().<String, Object>getMap(municipalityPath(later))).containsEntry("interventions", 1);
    }

    private static JsonPath overview() {
        return asMinistry().accept(ContentType.JSON)
                .get("/api/v1/overview")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static String municipalityPath(String cbsCode) {
        return "municipalities.find { it.cbsCode == '" + cbsCode + "' }";
    }

    private static Set<String> keysOf(JsonPath json, String path) {
        return json.<String, Object>getMap(path).keySet();
    }
}
