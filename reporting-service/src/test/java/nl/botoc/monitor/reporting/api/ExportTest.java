package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Every figure and table as JSON and as CSV, each saying what it reflects. */
@QuarkusTest
class ExportTest {

    private static final String PROVENANCE = "peildatum;evidenceVersion;logPosition";

    @Inject
    ScanTopic topic;

    private String municipality;

    @BeforeEach
    void publish() {
        municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).code("E1").named("Met; puntkomma").status(STARTED).evidenceVersion(1)
                .classified(GEFUNDEERD, PREVENTIEF, "schoolomgeving", "vroegsignalering").build());
        awaitInterventions(municipality, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/overview", "/api/v1/themes", "/api/v1/municipalities", "/api/v1/coverage"})
    void csvOnAcceptHeaderOrFormatWithAHeaderRowAndProvenanceOnEveryRow(String path) {
        String byHeader = asMinistry().accept("text/csv").get(path).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Type", containsString("charset=UTF-8"))
                .extract().asString();
        String byFormat = asMinistry().accept("application/json").get(path + "?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();

        List<String> lines = byHeader.lines().toList();
        assertThat(lines.get(0)).endsWith(";" + PROVENANCE);
        int columns = lines.get(0).split(";", -1).length;
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches(".*;;\\d+;\\d+"));
        assertThat(byFormat.lines().findFirst()).contains(lines.get(0));
        assertThat(columns).isGreaterThan(3);
    }

    @Test
    void theOverviewCsvHasOneRowPerHeadlineFigure() {
        String csv = asMinistry().get("/api/v1/overview?format=csv").then().statusCode(200).extract().asString();

        assertThat(csv.lines().map(line -> line.split(";")[0]).toList()).containsExactly("figure",
                "interventions", "municipalities", "planned", "inPractice", "completed", "notCarriedOut", "adjusted",
                "added", "founded", "recognised", "unfounded", "exploratory", "preventive", "repressive");
        assertThat(csv).contains("\r\nadded;;");
    }

    @Test
    void theMunicipalityCsvQuotesWhatHoldsTheSeparator() {
        String csv = asMinistry().get("/api/v1/municipalities/" + municipality + "?format=csv").then().statusCode(200)
                .extract().asString();

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(municipality + ";E1;\"Met; puntkomma\";",
                ";started;original-plan;false;gefundeerd;preventief;schoolomgeving,vroegsignalering;schoolomgeving;"
                        + "2021-06-01;month;1;1;;");
    }

    @Test
    void jsonExportsSayWhatTheyReflect() {
        JsonPath municipalityReport = asMinistry().accept("application/json").get("/api/v1/municipalities/" + municipality)
                .then().statusCode(200).extract().jsonPath();
        assertThat(municipalityReport.getMap("")).containsKeys("cbsCode", "name", "peildatum", "evidenceVersion",
                "logPosition", "figures", "columns", "matrix", "interventions");
        assertThat(municipalityReport.getList("matrix.find { it.theme == 'schoolomgeving' }.marks"))
                .containsExactly("PRIMARY");
        assertThat(municipalityReport.getMap("")).doesNotContainKey("cells");

        JsonPath themes = asMinistry().get("/api/v1/themes?lang=en").then().statusCode(200).extract().jsonPath();
        assertThat(themes.getString("themes.find { it.code == 'schoolomgeving' }.label")).isEqualTo("School environment");
        assertThat(themes.getMap("")).containsKeys("peildatum", "evidenceVersion", "logPosition", "themes");

        asMinistry().get("/api/v1/overview?format=xml").then().statusCode(400);
    }
}
