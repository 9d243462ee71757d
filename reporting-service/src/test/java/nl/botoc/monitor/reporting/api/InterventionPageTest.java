package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.reporting.Events;
import nl.botoc.monitor.reporting.LifecycleTopic;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.DatePrecision.QUARTER;
import static nl.botoc.monitor.contract.DatePrecision.YEAR;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.EvidenceLevel.ONGEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.contract.TargetedFactor.Kind.RISK;
import static nl.botoc.monitor.reporting.Events.details;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.declared;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * An intervention planned in Q3 2020 and started in 2021; scan revisions: gefundeerd after each event under
 * evidence version 1, then ongefundeerd under version 2 after a change of the evidence base.
 */
@QuarkusTest
class InterventionPageTest {

    @Inject
    LifecycleTopic lifecycle;

    @Inject
    ScanTopic scans;

    private final UUID id = UUID.randomUUID();

    @BeforeEach
    void publishItsHistory() {
        String municipality = randomTestMunicipality();
        Events events = Events.of(id, municipality);
        LifecycleEvent planned = events.planned("2020-07-01", QUARTER,
                details("Y1", "Het Andere Verhaal", "gedrag-identiteit"));
        LifecycleEvent started = events.started("2021-01-01", YEAR);
        lifecycle.publish(planned);
        lifecycle.publish(started);
        scans.publishInOrder(aScan().id(id).in(municipality).code("Y1").named("Het Andere Verhaal").sequence(1)
                .evidenceVersion(1).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit")
                .targeting(declared("antisociale-persoonlijkheidskenmerken", RISK))
                .explained("Gefundeerd: richt zich op 'Antisociale persoonlijkheidskenmerken'.").build());
        scans.publishInOrder(aScan().id(id).in(municipality).code("Y1").named("Het Andere Verhaal").sequence(2)
                .status(STARTED).evidenceVersion(1).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit")
                .targeting(declared("antisociale-persoonlijkheidskenmerken", RISK))
                .explained("Gefundeerd: richt zich op 'Antisociale persoonlijkheidskenmerken'.").build());
        scans.publishInOrder(aScan().id(id).in(municipality).code("Y1").named("Het Andere Verhaal").sequence(2)
                .status(STARTED).evidenceVersion(2).classified(ONGEFUNDEERD, PREVENTIEF, "gedrag-identiteit")
                .explained("Ongefundeerd: richt zich op geen gefundeerde risicofactor.").build());
        await().atMost(ScanTopic.CONSUMED).until(() -> {
            JsonPath report = asMinistry().get("/api/v1/interventions/" + id).then().extract().jsonPath();
            return report.getList("events") != null && report.getList("events").size() == 2
                    && report.getList("classifications").size() == 3;
        });
    }

    @Test
    void showsItsScanExplainedItsTimelineAndItsClassificationOverTime() {
        String page = Html.get("/interventies/" + id);

        assertThat(page).contains("<h1>Y1 Het Andere Verhaal</h1>",
                "data-status=\"started\">in de praktijk</dd>", "data-level=\"ongefundeerd\">ongefundeerd</dd>",
                "<ul class=\"explanation\" lang=\"nl\">",
                "<li>Ongefundeerd: richt zich op geen gefundeerde risicofactor.</li>",
                "Afgeleid onder kennissynthese versie 2, na gebeurtenis 2.",
                "data-live-scope=\"intervention:" + id + "\"");
        assertThat(page).containsSubsequence("<ol class=\"timeline\">",
                "data-type=\"planned\"", "3e kwartaal 2020", "Gepland (oorspronkelijk plan)", "Het Andere Verhaal",
                "data-type=\"started\"", "2021", "In de praktijk gebracht");
        assertThat(page).containsSubsequence("<caption id=\"classificatie-caption\">",
                "<th scope=\"row\">#1</th>", "bewijskracht, aanpak, thema&#39;s, primair thema, factoren",
                "<th scope=\"row\">#2</th>", "niets in de beoordeling",
                "<th scope=\"row\">#2</th>", "<td>2</td>", "bewijskracht, factoren");
    }

    @Test
    void onAPeildatumShowsItAsItStoodThen() {
        String page = Html.get("/interventies/" + id + "?peildatum=2020-09-30");

        assertThat(page).contains("data-status=\"planned\">gepland</dd>",
                "data-level=\"gefundeerd\">gefundeerd</dd>",
                "1 latere gebeurtenissen vallen na de peildatum en zijn niet getoond.",
                "Stand op 30 september 2020");
        assertThat(page).doesNotContain("data-type=\"started\"");
        assertThat(Html.get("/interventies/" + id + "?peildatum=2020-06-30"))
                .contains("Op deze peildatum was de interventie nog niet geregistreerd.");
    }

    @Test
    void exportsItsHistoryAsJsonAndCsv() {
        JsonPath report = asMinistry().accept("application/json").get("/api/v1/interventions/" + id + "?peildatum=2020-09-30")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("peildatum")).isEqualTo("2020-09-30");
        assertThat(report.getLong("logPosition")).isEqualTo(1);
        assertThat(report.getString("scan.status")).isEqualTo("planned");
        assertThat(report.getInt("laterEvents")).isEqualTo(1);

        String events = asMinistry().get("/api/v1/interventions/" + id + "/events?format=csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(events.lines().toList()).hasSize(3);
        assertThat(events.lines().findFirst().orElseThrow()).isEqualTo("interventionId;sequence;eventId;type;occurred;"
                + "occurredPrecision;recordedAt;lifecyclePartition;lifecycleOffset;note;reason;changedFields;"
                + "peildatum;evidenceVersion;logPosition");
        assertThat(events).contains(";2;", ";started;2021-01-01;year;");

        String classifications = asMinistry().accept("text/csv").get("/api/v1/interventions/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(classifications).contains(";2;2;", ";ongefundeerd;preventief;gedrag-identiteit;");
    }

    @Test
    void anUnknownInterventionIsNotFoundAndAnInvalidIdABadRequest() {
        asMinistry().get("/interventies/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("text/html"));
        asMinistry().get("/interventies/AMS1").then().statusCode(400).contentType(containsString("text/html"));
        asMinistry().get("/api/v1/interventions/AMS1").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }
}
