package nl.botoc.monitor.scan;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static nl.botoc.monitor.scan.Authorised.asResearcher;

/** The evidence API as tests call it, as a researcher ({@link Authorised#RESEARCHER}). */
public final class EvidenceApi {

    private EvidenceApi() {
    }

    /** The current version, read from the ETag of the current evidence base. */
    public static long currentVersion() {
        String tag = asResearcher().get("/api/v1/evidence").then().statusCode(200).extract().header("ETag");
        return Long.parseLong(tag.replace("\"", ""));
    }

    public static Map<String, Object> reclassification(String factor, String evidenceClass) {
        return Map.of("type", "factor-reclassified", "factor", factor, "evidenceClass", evidenceClass,
                "reason", "Test van de herafleiding");
    }

    /** Posts a change that must follow {@code version}. */
    public static ValidatableResponse change(Object change, long version) {
        return asResearcher().contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(change)
                .post("/api/v1/evidence/changes").then();
    }

    public static Response preview(Object change) {
        return asResearcher().contentType("application/json").body(change).post("/api/v1/evidence/previews");
    }
}
