package nl.botoc.monitor.reporting;

import io.restassured.http.ContentType;
import nl.botoc.monitor.reporting.domain.MunicipalityFigures;
import nl.botoc.monitor.reporting.domain.Overview;

import java.util.Optional;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static org.awaitility.Awaitility.await;

/** Reads the overview the way a client does, over HTTP. */
public final class OverviewApi {

    private OverviewApi() {
    }

    public static Overview current() {
        return asMinistry().accept(ContentType.JSON)
                .get("/api/v1/overview")
                .then().statusCode(200)
                .extract().as(Overview.class);
    }

    public static Optional<MunicipalityFigures> municipality(String cbsCode) {
        return current().municipalities().stream()
                .filter(municipality -> municipality.cbsCode().equals(cbsCode))
                .findFirst();
    }

    /** The municipality's entry once it counts this many interventions. */
    public static MunicipalityFigures awaitInterventions(String cbsCode, int interventions) {
        return await().atMost(ScanTopic.CONSUMED)
                .until(() -> municipality(cbsCode),
                        entry -> entry.filter(found -> found.interventions() == interventions).isPresent())
                .orElseThrow();
    }
}
