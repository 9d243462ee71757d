package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class MunicipalityPageTest {

    @Inject
    ScanTopic topic;

    private String municipality;
    private InterventionScan twoThemes;

    /** X1 started on two themes (primary gedrag-identiteit), X2 cancelled on one, X10 planned and not classified. */
    @BeforeEach
    void publishAMunicipality() {
        municipality = randomTestMunicipality();
        twoThemes = aScan().in(municipality).code("X1").named("Straatcoaches").status(STARTED)
                .classified(ERKEND, PREVENTIEF, "gedrag-identiteit", "werk-opleiding").build();
        topic.publish(twoThemes);
        topic.publish(aScan().in(municipality).code("X2").named("Vechtsport").status(CANCELLED)
                .classified(GEFUNDEERD, PREVENTIEF, "vroegsignalering").build());
        topic.publish(aScan().in(municipality).code("X10").named("Nog niet beoordeeld").build());
        awaitInterventions(municipality, 3);
    }

    @Test
    void theMatrixHasADotPerThemeAndMarksThePrimaryOne() {
        String page = Html.get("/gemeenten/" + municipality);

        // Columns in code order: X1, X2, X10; then the count.
        assertThat(row(page, "gedrag-identiteit")).containsSubsequence("data-mark=\"primary\"", "</td>",
                "<td class=\"mark cancelled\"></td>", "<td class=\"mark\"></td>", "<td>1</td>");
        assertThat(row(page, "werk-opleiding")).containsSubsequence("data-mark=\"theme\"",
                "<span class=\"visually-hidden\">thema</span>");
        assertThat(row(page, "vroegsignalering")).containsSubsequence("<td class=\"mark\"></td>",
                "<td class=\"mark cancelled\"><span class=\"dot primary\" data-mark=\"primary\">");
        assertThat(row(page, "online-leefwereld")).doesNotContain("data-mark=");
        assertThat(page).contains("<th scope=\"row\">Gedrag/identiteit</th>",
                "<caption id=\"matrix-caption\">Thema&#39;s per interventie van " + municipality);
    }

    @Test
    void marksACancelledInterventionWithAStarAndTheLegendSaysWhy() {
        String page = Html.get("/gemeenten/" + municipality);

        assertThat(page).containsPattern("<th scope=\"col\" class=\"intervention cancelled\" data-intervention=\"X2\">"
                + "<a [^>]+>X2</a><span aria-hidden=\"true\">\\*</span><span class=\"visually-hidden\"> "
                + "\\(niet doorgegaan\\)</span></th>");
        assertThat(page).containsSubsequence("<th scope=\"col\" class=\"intervention\" data-intervention=\"X1\">",
                "data-intervention=\"X2\"", "data-intervention=\"X10\"");
        assertThat(page).contains("niet doorgegaan (lichter weergegeven)", "primair thema (raakt het sterkst)");
    }

    @Test
    void listsTheInterventionsWithStatusEvidenceLevelAndLastUpdate() {
        String page = Html.get("/gemeenten/" + municipality);

        assertThat(page).containsSubsequence("<tr data-intervention=\"X1\">",
                "<a href=\"/interventies/" + twoThemes.interventionId() + "\">X1</a>",
                "<td class=\"text\">Straatcoaches</td>",
                "data-status=\"started\">in de praktijk</td>", "data-level=\"erkend\">erkend</td>",
                "<td class=\"text\">preventief</td>", "<td class=\"text\">juni 2021</td>");
        assertThat(page).contains("<tr data-intervention=\"X2\" class=\"cancelled\">",
                "data-status=\"cancelled\">niet doorgegaan</td>", "data-level=\"\">nog niet beoordeeld</td>");
        assertThat(page).contains("data-live-scope=\"municipality:" + municipality + "\"");
    }

    @Test
    void anUnknownMunicipalityIsNotFoundAndAnInvalidCodeABadRequest() {
        asMinistry().get("/gemeenten/GM0000").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Geen gemeente met CBS-code GM0000"));
        asMinistry().get("/gemeenten/Amsterdam").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("is geen CBS-code"));
        asMinistry().accept("application/json").get("/api/v1/municipalities/GM0000").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        asMinistry().accept("application/json").get("/api/v1/municipalities/Amsterdam").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void speaksEnglish() {
        String page = asMinistry().queryParam("lang", "en").get("/gemeenten/" + municipality)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<html lang=\"en\">", "Themes by intervention", "in practice</td>",
                "June 2021", "<th scope=\"row\">Behaviour/identity</th>",
                "href=\"/interventies/" + twoThemes.interventionId() + "?lang=en\"");
    }

    /** The matrix row of one theme, from its opening tag to its end. */
    private static String row(String page, String theme) {
        Matcher row = Pattern.compile("<tr data-theme=\"" + theme + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a matrix row for " + theme).isTrue();
        return row.group(1);
    }
}
