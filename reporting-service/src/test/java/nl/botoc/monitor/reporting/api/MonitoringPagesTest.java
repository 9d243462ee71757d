package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.botoc.monitor.reporting.Readers;
import nl.botoc.monitor.reporting.ScanTopic;
import nl.botoc.monitor.reporting.YouthWork;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Goals, progress and monitoring quality on the pages and in the exports, from events and scans on real Kafka. */
@QuarkusTest
class MonitoringPagesTest extends WithYouthWork {

    private static final String LOWERED =
            "doel &#39;Begeleide &lt;jongeren&gt; &amp; co&#39; 2021 verlaagd van 80 naar 60 (−25%)";

    @TestHTTPResource("/api/v1/changes/stream")
    URI stream;

    @Test
    void theInterventionPageChartsTargetAndActualPerPeriodWithATableNextToIt() {
        String page = Html.get("/interventies/" + work.youthWork);

        assertThat(page).containsSubsequence("<h2 id=\"doelen\">Doelen en voortgang</h2>",
                "<article class=\"indicator\" data-indicator=\"begeleide-jongeren\">",
                "<h3>Begeleide &lt;jongeren&gt; &amp; co</h3>",
                "<svg viewBox=", "role=\"img\"",
                "<title id=\"indicator-1-title\">Streefwaarde en gemeten waarde per periode van &#39;Begeleide &lt;jongeren&gt; &amp; co&#39;</title>",
                "class=\"chart-target\"", ">60</text>", "class=\"chart-actual\"", ">62</text>", ">2021</text>",
                "<tr data-period=\"2021-01-01\">", "<td data-value=\"target\">60</td>",
                "<td data-value=\"actual\">62</td>", "14 januari 2022", "ja");
        assertThat(page).contains("<li data-reason=\"lowered-targets\">" + LOWERED + "</li>",
                "<li data-reason=\"quiet\">stil sinds 14-04-2022 (laatste voortgangsrapportage 14-01-2022)</li>",
                "<h1>Y1 Jongeren &lt;b&gt;&quot;samen&quot;&lt;/b&gt; &amp; &#39;sterk&#39;</h1>",
                "data-type=\"progress-reported\"", "Voortgang gerapporteerd", "data-live=\"doelen\"");
        assertThat(page).doesNotContain("<b>\"samen\"</b>", "<jongeren>");
    }

    @Test
    void onAPeildatumTheSeriesAndTheQuietFlagAreThoseOfThatDay() {
        String before = Html.get("/interventies/" + work.youthWork + "?peildatum=2021-02-01");
        String reported = Html.get("/interventies/" + work.youthWork + "?peildatum=2022-03-01");

        assertThat(before).contains("<td data-value=\"target\">80</td>", "<td data-value=\"actual\"></td>");
        assertThat(reported).contains("<td data-value=\"actual\">62</td>").doesNotContain("data-reason=\"quiet\"");
    }

    @Test
    void theIndicatorsExportAsJsonAndCsv() {
        JsonPath json = asMinistry().accept("application/json").get("/api/v1/interventions/" + work.youthWork + "/indicators")
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getString("indicators[0].code")).isEqualTo("begeleide-jongeren");
        assertThat(json.getString("indicators[0].name")).isEqualTo(YouthWork.INDICATOR);
        assertThat(json.getString("indicators[0].direction")).isEqualTo("higher-is-better");
        assertThat(json.getString("indicators[0].level")).isEqualTo("output");
        assertThat(json.getInt("indicators[0].baseline.value")).isZero();
        assertThat(json.getString("indicators[0].targets[0].period.start")).isEqualTo("2021-01-01");
        assertThat(json.getInt("indicators[0].targets[0].value")).isEqualTo(60);
        assertThat(json.getInt("indicators[0].actuals[0].value")).isEqualTo(62);
        assertThat(json.getString("indicators[0].actuals[0].reportedOn.date")).isEqualTo("2022-01-14");
        assertThat(asMinistry().get("/api/v1/interventions/" + work.impactOnly + "/indicators").jsonPath()
                .getMap("indicators[0]")).doesNotContainKey("baseline").containsEntry("level", "impact");

        String csv = asMinistry().get("/api/v1/interventions/" + work.youthWork + "/indicators?format=csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(";begeleide-jongeren;Begeleide <jongeren> & co;jongeren;higher-is-better;output;"
                + "2021-01-01;2021-12-31;60;62;2022-01-14;day;");
    }

    @Test
    void theMonitoringPageShowsTheSharesPerMunicipalityAndWhatNeedsAttention() {
        String page = Html.get("/monitoring");

        assertThat(page).contains("<a href=\"/monitoring\" aria-current=\"page\">Monitoring</a>",
                "data-live-scope=\"all\"", "<tr data-municipality=\"NL\" class=\"national\">",
                "Noemer van beide aandelen: de interventies in de praktijk");
        assertThat(row(page, "<tr data-municipality=\"" + work.municipality + "\">"))
                .contains("<td data-share=\"goals\">1 van 1 (100%)</td>",
                        "<td data-share=\"reports\">0 van 1 (0%)</td>");
        assertThat(row(page, "<tr data-intervention=\"" + work.impactOnly + "\">")).contains(
                "<li data-reason=\"no-measurable-output-goal\">", "<li data-reason=\"no-target-group\">",
                "<li data-reason=\"impact-goals-only\">");
        assertThat(row(page, "<tr data-intervention=\"" + work.youthWork + "\">")).contains(LOWERED,
                "Jongeren &lt;b&gt;&quot;samen&quot;&lt;/b&gt;");
        assertThat(asMinistry().queryParam("lang", "en").get("/monitoring").then().statusCode(200).extract().asString())
                .contains("<html lang=\"en\">", "Monitoring of goals and progress", "With a recent report");
    }

    @Test
    void theMunicipalityPageShowsItsOwnSharesAndAttentionList() {
        String page = Html.get("/gemeenten/" + work.municipality);

        assertThat(page).contains("<div data-live=\"monitoring\">", "<td data-share=\"goals\">1 van 1 (100%)</td>",
                "data-reason=\"impact-goals-only\"", "/api/v1/municipalities/" + work.municipality + "/iati");
    }

    @Test
    void theMonitoringExportsAsJsonAndCsvNationallyAndPerMunicipality() {
        JsonPath national = asMinistry().accept("application/json").get("/api/v1/monitoring?peildatum=2022-03-01")
                .then().statusCode(200).extract().jsonPath();
        assertThat(national.getString("peildatum")).isEqualTo("2022-03-01");
        assertThat(national.getMap("national")).doesNotContainKey("municipality").containsKey("interventions");
        Map<String, Object> ours = national.getMap("municipalities.find { it.municipality == '" + work.municipality + "' }");
        assertThat(ours).containsEntry("interventions", 2).containsEntry("inPractice", 1)
                .containsEntry("denominator", 1).containsEntry("withMeasurableGoals", 1)
                .containsEntry("withRecentReport", 1);

        JsonPath mine = asMinistry().accept("application/json")
                .get("/api/v1/municipalities/" + work.municipality + "/monitoring").then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getList("municipalities.municipality")).containsExactly(work.municipality);
        assertThat(mine.getInt("municipalities[0].withRecentReport")).isZero();
        List<String> codes = mine.getList("attention.find { it.code == 'Y1' }.reasons.code");
        assertThat(codes).containsExactly("quiet", "lowered-targets");
        assertThat(mine.getString("attention.find { it.code == 'Y1' }.reasons[1].text"))
                .isEqualTo("doel 'Begeleide <jongeren> & co' 2021 verlaagd van 80 naar 60 (−25%)");

        String figures = asMinistry().get("/api/v1/municipalities/" + work.municipality + "/monitoring?format=csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(figures.lines().toList()).hasSize(3);
        assertThat(figures).contains(work.municipality + ";" + work.municipality + ";2;1;0;1;1;0;1.0000;0.0000;");
        String attention = asMinistry().get("/api/v1/municipalities/" + work.municipality + "/monitoring/attention?format=csv")
                .then().statusCode(200).extract().asString();
        assertThat(attention).contains(";Y1;\"Jongeren <b>\"\"samen\"\"</b> & 'sterk'\";" + work.youthWork
                + ";lowered-targets;doel 'Begeleide <jongeren> & co' 2021 verlaagd van 80 naar 60 (−25%);");
    }

    @Test
    void aProgressReportTellsTheOpenPagesOfTheInterventionAndItsMunicipalityToRefresh() throws Exception {
        String data = ChangeStream.awaitPushMentioning(stream, Readers.MINISTRY, work.youthWork.toString(),
                () -> work.reportFor2022(31));

        assertThat(data).contains("\"" + work.municipality + "\"");
        // The push found may be the replay of an earlier one naming Y1 (the stream starts with the latest push).
        await().atMost(ScanTopic.CONSUMED).untilAsserted(() -> assertThat(Html.get("/interventies/" + work.youthWork))
                .containsSubsequence("<tr data-period=\"2022-01-01\">", "<td data-value=\"target\"></td>",
                        "<td data-value=\"actual\">31</td>"));
    }

    /** The row that starts with the opening tag given, to its end. */
    private static String row(String page, String opening) {
        int start = page.indexOf(opening);
        assertThat(start).as("a row " + opening).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
