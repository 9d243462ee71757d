package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.Events;
import nl.botoc.monitor.reporting.LifecycleTopic;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.DatePrecision.QUARTER;
import static nl.botoc.monitor.contract.DatePrecision.YEAR;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.Events.details;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two interventions of one municipality, as in the reference timeline: planned in Q3 2020, one started and one
 * cancelled in 2021. Every page and export rebuilds them for the peildatum from reporting's own event history.
 */
@QuarkusTest
class PeildatumTest {

    @Inject
    LifecycleTopic lifecycle;

    @Inject
    ScanTopic scans;

    private String municipality;

    @BeforeEach
    void publishTwoInterventions() {
        municipality = randomTestMunicipality();
        publish(UUID.randomUUID(), "P1", true);
        publish(UUID.randomUUID(), "P2", false);
        awaitInterventions(municipality, 2);
        await().atMost(ScanTopic.CONSUMED).until(() -> municipalityAt("2030-01-01").getInt("figures.interventions") == 2
                && municipalityAt("2030-01-01").getLong("logPosition") == 4);
    }

    @ParameterizedTest(name = "on {0}: {1} planned, {2} in practice, {3} not carried out")
    @CsvSource(textBlock = """
            2020-06-30, 0, 0, 0
            2020-09-30, 2, 0, 0
            2021-01-01, 0, 1, 1
            """)
    void theMunicipalityStandsAsItsEventsSayOnEachDate(String date, int planned, int inPractice, int cancelled) {
        JsonPath report = municipalityAt(date);

        assertThat(report.getString("peildatum")).isEqualTo(date);
        assertThat(report.getInt("figures.planned")).isEqualTo(planned);
        assertThat(report.getInt("figures.inPractice")).isEqualTo(inPractice);
        assertThat(report.getInt("figures.notCarriedOut")).isEqualTo(cancelled);
    }

    @Test
    void theMunicipalityPageOnAPeildatumSaysWhichDateAndEvidenceItShows() {
        String page = Html.get("/gemeenten/" + municipality + "?peildatum=2020-09-30");

        assertThat(page).contains("Stand op 30 september 2020 (peildatum)",
                "data-evidence-version=\"1\" data-log-position=\"2\"",
                "Kennissynthese versie 1; 2 levensloopgebeurtenissen verwerkt.",
                "data-status=\"planned\">gepland</td>");
        assertThat(page).doesNotContain("data-status=\"started\"");
    }

    @Test
    void theOverviewOnAPeildatumKeepsItsShapeAndCountsOnlyWhatExistedThen() {
        JsonPath before = asMinistry().get("/api/v1/overview?peildatum=2020-06-30").then().statusCode(200)
                .extract().jsonPath();
        assertThat(before.getList("municipalities.cbsCode")).doesNotContain(municipality);

        JsonPath then = asMinistry().get("/api/v1/overview?peildatum=2020-09-30").then().statusCode(200)
                .extract().jsonPath();
        assertThat(then.getMap("municipalities.find { it.cbsCode == '" + municipality + "' }.byStatus"))
                .containsEntry("planned", 2).containsEntry("started", 0);
    }

    @Test
    void aPeildatumThatIsNoDateIsAProblem() {
        asMinistry().get("/api/v1/overview?peildatum=gisteren").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private void publish(UUID id, String code, boolean starts) {
        Events events = Events.of(id, municipality);
        lifecycle.publish(events.planned("2020-07-01", QUARTER, details(code, "Interventie " + code,
                "vroegsignalering")));
        lifecycle.publish(starts ? events.started("2021-01-01", YEAR) : events.cancelled("2021-01-01", YEAR));
        scans.publishInOrder(aScan().id(id).in(municipality).code(code).sequence(1).evidenceVersion(1)
                .classified(GEFUNDEERD, PREVENTIEF, "vroegsignalering").build());
        scans.publishInOrder(aScan().id(id).in(municipality).code(code).sequence(2).evidenceVersion(1)
                .status(starts ? STARTED : CANCELLED).classified(GEFUNDEERD, PREVENTIEF, "vroegsignalering").build());
    }

    private JsonPath municipalityAt(String date) {
        return asMinistry().accept("application/json").get("/api/v1/municipalities/" + municipality + "?peildatum=" + date)
                .then().statusCode(200).extract().jsonPath();
    }
}
