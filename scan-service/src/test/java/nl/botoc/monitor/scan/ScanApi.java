package nl.botoc.monitor.scan;

import io.restassured.response.Response;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;

import java.util.Optional;
import java.util.UUID;

import static nl.botoc.monitor.scan.Authorised.asMinistry;

/** The service's REST API as tests read it, as the ministry, through the contract's own JSON reader. */
public final class ScanApi {

    private ScanApi() {
    }

    /** The current scan, or empty while the service has none. */
    public static Optional<InterventionScan> scanOf(UUID interventionId) {
        Response response = asMinistry().get("/api/v1/scans/{id}", interventionId);
        return response.statusCode() == 404
                ? Optional.empty()
                : Optional.of(EventJson.readScan(response.then().statusCode(200).extract().asString()));
    }
}
