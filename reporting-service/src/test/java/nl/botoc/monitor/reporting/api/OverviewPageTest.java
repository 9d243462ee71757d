package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import nl.botoc.monitor.reporting.TestTopics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The test topics (TestTopics) are global: every @QuarkusTest of this module runs with them. */
@QuarkusTest
@WithTestResource(value = TestTopics.class, scope = TestResourceScope.GLOBAL)
class OverviewPageTest {

    @Inject
    ScanTopic topic;

    @Test
    void rendersTheOverviewInDutchWithFiguresChartAndALinkedRowPerMunicipality() {
        String municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).classified(GEFUNDEERD, PREVENTIEF, "rolmodellen-ervaringsdeskundigen")
                .build());
        awaitInterventions(municipality, 1);

        String page = Html.get("/");

        assertThat(page)
                .contains("<html lang=\"nl\">")
                .contains("<title>Landelijk overzicht — BOTOC-monitor</title>")
                .contains("<a class=\"skip-link\" href=\"#inhoud\">Naar de inhoud</a>")
                .contains("<caption id=\"kerncijfers-caption\">")
                .contains("<th scope=\"row\">Gefundeerd (waarvan erkend)</th>",
                        "<th scope=\"row\">Ongefundeerd (waarvan exploratief)</th>",
                        "<th scope=\"row\">Preventief</th>", "<th scope=\"row\">Repressief</th>",
                        "<th scope=\"row\">Toegevoegd</th>", "<th scope=\"row\">Aangepast</th>")
                .contains("<svg viewBox=", "role=\"img\"", "<title id=\"chart-title\">Interventies per thema</title>")
                .contains("<th scope=\"row\">Rolmodellen/ervaringsdeskundigen</th>")
                .contains("<a href=\"/gemeenten/" + municipality + "\">" + municipality + "</a>")
                .contains("data-live-scope=\"all\"", "data-stream=\"/api/v1/changes/stream\"")
                .contains("Actuele stand.")
                .contains("href=\"/api/v1/overview?format=csv\"");
    }

    @Test
    void speaksEnglishOnRequestAndRemembersIt() {
        String page = asMinistry().queryParam("lang", "en").get("/")
                .then().statusCode(200)
                .cookie("lang", "en")
                .extract().asString();

        assertThat(page).contains("<html lang=\"en\">", "National overview", "Headline figures",
                "<th scope=\"row\">Behaviour/identity</th>", "href=\"/?lang=nl\"");
        assertThat(asMinistry().cookie("lang", "en").get("/").then().statusCode(200).extract().asString())
                .contains("<html lang=\"en\">");
    }

    @Test
    void showsAPeildatumAndSaysSo() {
        String page = Html.get("/?peildatum=2020-09-30");

        assertThat(page).contains("Stand op 30 september 2020 (peildatum)", "value=\"2020-09-30\"",
                "href=\"/dekking?peildatum=2020-09-30\"");
    }

    @Test
    void aPeildatumThatIsNoDateIsABadRequestPage() {
        String page = asMinistry().get("/?peildatum=30-09-2020").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("<h1>Onjuiste vraag</h1>", "30-09-2020", "is geen datum");
    }

    @Test
    void loadsItsScriptFromTheAppNeverInline() {
        String page = Html.get("/");

        assertThat(page).containsPattern("<script type=\"module\" src=\"/js/live.js\"></script>");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(page).doesNotContainPattern("\\son[a-z]+=");
        given().get("/js/live.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/css/site.css").then().statusCode(200);
    }
}
