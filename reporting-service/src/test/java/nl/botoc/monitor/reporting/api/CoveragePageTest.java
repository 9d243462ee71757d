package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.contract.TargetedFactor.Kind.PROTECTIVE;
import static nl.botoc.monitor.contract.TargetedFactor.Kind.RISK;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.declared;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

/** No test scan works on drug use, so it is a gap here as in the report. */
@QuarkusTest
class CoveragePageTest {

    @Inject
    ScanTopic topic;

    private String municipality;

    @BeforeEach
    void publishInterventions() {
        municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).status(STARTED).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit")
                .targeting(declared("antisociale-persoonlijkheidskenmerken", RISK),
                        declared("moreel-inzicht", PROTECTIVE)).build());
        topic.publish(aScan().in(municipality).status(PLANNED).classified(GEFUNDEERD, PREVENTIEF, "werk-opleiding")
                .targeting(declared("laag-opleidingsniveau", RISK)).build());
        awaitInterventions(municipality, 2);
    }

    @Test
    void countsInterventionsInPracticePerFactorAndMunicipalityAndMarksTheGaps() {
        String page = Html.get("/dekking");

        assertThat(cell(factorRow(page, "antisociale-persoonlijkheidskenmerken"), municipality)).isEqualTo(">1");
        // Planned interventions work on nothing yet.
        assertThat(cell(factorRow(page, "laag-opleidingsniveau"), municipality))
                .isEqualTo(" class=\"gap\">0<span class=\"visually-hidden\"> (geen)</span>");
        assertThat(factorRow(page, "drugsgebruik")).contains("Drugsgebruik",
                "<strong class=\"gap-note\">geen enkele interventie in de praktijk werkt hieraan</strong>");
        assertThat(page).contains("<tr data-factor=\"drugsgebruik\" class=\"gap-row\">");
        assertThat(cell(factorRow(page, "moreel-inzicht"), municipality)).isEqualTo(">1");
    }

    @Test
    void showsTheFactorsNoInterventionCanChangeApartAndNotAsGaps() {
        String page = Html.get("/dekking");

        assertThat(page).containsSubsequence("<h2 id=\"risico\">Gefundeerde risicofactoren</h2>",
                "<h2 id=\"beschermend\">Beschermende factoren</h2>",
                "<h2 id=\"onveranderbaar\">Gefundeerde risicofactoren die geen interventie kan veranderen</h2>",
                "<tr data-factor=\"man-zijn\">", "Man-zijn");
        assertThat(page).doesNotContain("<tr data-factor=\"man-zijn\" class=\"gap-row\">");
        assertThat(page).contains("<caption id=\"risico-tabel-caption\">");
    }

    @Test
    void exportsTheSameAsJsonAndCsv() {
        JsonPath coverage = asMinistry().accept("application/json").get("/api/v1/coverage")
                .then().statusCode(200).extract().jsonPath();

        assertThat(coverage.getMap("")).containsKeys("peildatum", "evidenceVersion", "logPosition",
                "evidenceBaseVersion", "inPractice", "municipalities", "foundedRisk", "unchangeable", "protective");
        assertThat(coverage.getLong("evidenceBaseVersion")).isEqualTo(1);
        Map<String, Object> drugs = coverage.getMap("foundedRisk.find { it.code == 'drugsgebruik' }");
        assertThat(drugs).containsEntry("gap", true).containsEntry("label", "Drugsgebruik")
                .containsEntry("kind", "risk");
        List<String> unchangeable = coverage.getList("unchangeable.code");
        assertThat(unchangeable).containsExactly("man-zijn", "hogere-leeftijd-dan-veroordeelden");

        String csv = asMinistry().accept("text/csv").get("/api/v1/coverage").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("factor;kind;label;changeable;")
                .contains(";" + municipality + ";")
                .endsWith(";total;gap;evidenceBaseVersion;peildatum;evidenceVersion;logPosition");
        assertThat(csv).contains("drugsgebruik;risk;Drugsgebruik;true;");
    }

    private static String factorRow(String page, String factor) {
        Matcher row = Pattern.compile("<tr data-factor=\"" + factor + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("a row for " + factor).isTrue();
        return row.group(1);
    }

    /** What follows the cell's data-municipality attribute up to its closing tag. */
    private static String cell(String row, String cbsCode) {
        Matcher cell = Pattern.compile("<td data-municipality=\"" + cbsCode + "\"(.*?)</td>").matcher(row);
        assertThat(cell.find()).as("a cell for " + cbsCode).isTrue();
        return cell.group(1);
    }
}
