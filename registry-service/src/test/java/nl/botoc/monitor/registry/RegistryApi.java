package nl.botoc.monitor.registry;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Calls the REST API as a municipality's client would; every municipality and code it makes up is new. */
public final class RegistryApi {

    private static final AtomicInteger NEXT_MUNICIPALITY =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 5000));

    private RegistryApi() {
    }

    /** A municipality no other test of this run uses, so that its list holds only what the test registered. */
    public static String newMunicipality() {
        return String.format(Locale.ROOT, "GM%04d", NEXT_MUNICIPALITY.getAndIncrement());
    }

    public static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static Map<String, Object> registration(String code) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("name", "Preventie met Gezag");
        details.put("themes", List.of("gedrag-identiteit", "vroegsignalering"));
        details.put("primaryTheme", "gedrag-identiteit");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("occurred", Map.of("date", "2020-09-01", "precision", "month"));
        body.put("details", details);
        return body;
    }

    /** The details of a {@link #registration}, to change before it is sent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> details(Map<String, Object> registration) {
        return (Map<String, Object>) registration.get("details");
    }

    public static Map<String, Object> event(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("occurred", Map.of("date", "2021-01-01", "precision", "quarter"));
        return body;
    }

    public static Map<String, Object> adjustment(Map<String, Object> changes) {
        Map<String, Object> body = event("adjusted");
        body.put("changes", changes);
        body.put("reason", "Bijgesteld.");
        return body;
    }

    public static ValidatableResponse register(String municipality, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/municipalities/{cbsCode}/interventions", municipality)
                .then();
    }

    /** Registers an intervention in the original plan and returns its id. */
    public static UUID registerOne(String municipality) {
        return UUID.fromString(register(municipality, registration(newCode())).statusCode(201)
                .extract().path("id"));
    }

    public static ValidatableResponse record(UUID interventionId, String ifMatch, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/interventions/{id}/events", interventionId).then();
    }

    public static ValidatableResponse history(UUID interventionId) {
        return given().get("/api/v1/interventions/{id}/events", interventionId).then();
    }
}
