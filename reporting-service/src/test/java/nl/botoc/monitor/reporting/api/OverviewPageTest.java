package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class OverviewPageTest {

    @Inject
    ScanTopic topic;

    @Test
    void rendersTheOverviewInDutchWithATableRowPerMunicipality() {
        String municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).build());
        awaitInterventions(municipality, 1);

        String page = given().get("/")
                .then().statusCode(200).contentType("text/html")
                .extract().asString();

        assertThat(page)
                .contains("<html lang=\"nl\">")
                .contains("<title>BOTOC-monitor — Landelijk overzicht</title>")
                .contains("<th scope=\"col\" data-column=\"name\">Gemeente</th>")
                .contains("<th scope=\"row\" data-field=\"name\">" + municipality + "</th>")
                .contains("data-field=\"portfolio.interventions\"")
                .contains("Gefundeerd (waarvan erkend)", "Ongefundeerd (waarvan exploratief)",
                        "Preventief", "Repressief")
                .contains("data-field=\"originalPlan.founded\"", "data-field=\"originalPlan.recognised\"")
                .contains("<h2 id=\"themas\">Per thema</h2>")
                .contains("<th scope=\"row\">Rolmodellen/ervaringsdeskundigen</th>")
                .contains("data-field=\"themes.rolmodellen-ervaringsdeskundigen\"")
                .contains("<th scope=\"col\" data-column=\"founded\">Gefundeerd</th>")
                .contains("data-stream=\"/api/v1/overview/stream\"");
    }

    @Test
    void loadsItsScriptFromTheAppNeverInline() {
        String page = given().get("/").then().statusCode(200).extract().asString();

        assertThat(page).containsPattern("<script type=\"module\" src=\"/js/overview.js\"></script>");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        given().get("/js/overview.js")
                .then().statusCode(200).contentType(containsString("javascript"));
    }
}
