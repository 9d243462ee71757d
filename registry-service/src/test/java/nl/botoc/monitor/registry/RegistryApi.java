package nl.botoc.monitor.registry;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.botoc.monitor.contract.TestTokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Calls the REST API as a municipality's client would, with a signed token: a write as the municipality it concerns,
 * a read as the ministry, unless a token is given. Every municipality and code it makes up is new.
 */
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

    /** A request with {@code token} as its bearer token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A request of the ministry, which reads every intervention. */
    public static RequestSpecification asMinistry() {
        return as(TestTokens.ministry());
    }

    /**
     * The token of the municipality that owns the intervention, as the ministry reads it; for an intervention that
     * does not exist, a municipality's that owns none.
     */
    public static String ownerToken(UUID interventionId) {
        Response state = asMinistry().get("/api/v1/interventions/{id}", interventionId);
        return TestTokens.municipality(state.statusCode() == 200 ? state.path("municipality") : newMunicipality());
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

    /** Registers as the municipality itself. */
    public static ValidatableResponse register(String municipality, Map<String, Object> body) {
        return register(TestTokens.municipality(municipality), municipality, body);
    }

    public static ValidatableResponse register(String token, String municipality, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/municipalities/{cbsCode}/interventions", municipality)
                .then();
    }

    public static ValidatableResponse list(String token, String municipality) {
        return as(token).get("/api/v1/municipalities/{cbsCode}/interventions", municipality).then();
    }

    /** Registers an intervention in the original plan and returns its id. */
    public static UUID registerOne(String municipality) {
        return UUID.fromString(register(municipality, registration(newCode())).statusCode(201)
                .extract().path("id"));
    }

    /** Records an event as the intervention's municipality. */
    public static ValidatableResponse record(UUID interventionId, String ifMatch, Map<String, Object> body) {
        return record(ownerToken(interventionId), interventionId, ifMatch, body);
    }

    public static ValidatableResponse record(String token, UUID interventionId, String ifMatch,
                                             Map<String, Object> body) {
        return change(token, ifMatch, body).post("/api/v1/interventions/{id}/events", interventionId).then();
    }

    /** A request to change an intervention, with If-Match unless {@code ifMatch} is null. */
    private static RequestSpecification change(String token, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = as(token).contentType(ContentType.JSON).body(body);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    /** Sets {@code field} of a request body to {@code value}, or leaves it out when {@code value} is null. */
    public static void put(Map<String, Object> body, String field, Object value) {
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
    }

    /**
     * An output goal measured by indicator {@code code} in young people, higher is better, with a baseline and a
     * target for 2021 of {@code target2021}, as a client sends it.
     */
    public static Map<String, Object> outputGoal(String code, int target2021) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code);
        indicator.put("name", "Aantal begeleide jongeren");
        indicator.put("unit", "jongeren");
        indicator.put("direction", "higher-is-better");
        indicator.put("baseline", Map.of("value", 0, "date", "2020-09-01"));
        indicator.put("targets", List.of(Map.of("period", year(2021), "value", target2021)));
        indicator.put("measurement", "Registratie van het jongerenwerk");
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("level", "output");
        goal.put("description", "Jongeren uit de doelgroep worden begeleid.");
        goal.put("indicator", indicator);
        return goal;
    }

    /** The indicator of a goal made by {@link #outputGoal}, to change before it is sent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> indicator(Map<String, Object> goal) {
        return (Map<String, Object>) goal.get("indicator");
    }

    public static Map<String, Object> year(int year) {
        return Map.of("start", year + "-01-01", "end", year + "-12-31");
    }

    /** Registers an intervention in the original plan with {@code goals}, and returns its id. */
    @SafeVarargs
    public static UUID registerWithGoals(String municipality, Map<String, Object>... goals) {
        Map<String, Object> registration = registration(newCode());
        details(registration).put("measurableGoals", List.of(goals));
        return UUID.fromString(register(municipality, registration).statusCode(201).extract().path("id"));
    }

    /** A body for PUT .../goals that sets {@code goals}. */
    @SafeVarargs
    public static Map<String, Object> goalsSetting(Map<String, Object>... goals) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("occurred", Map.of("date", "2021-03-01", "precision", "month"));
        body.put("measurableGoals", List.of(goals));
        body.put("reason", "Doelen bijgesteld.");
        return body;
    }

    public static ValidatableResponse goals(UUID interventionId) {
        return goals(TestTokens.ministry(), interventionId);
    }

    public static ValidatableResponse goals(String token, UUID interventionId) {
        return as(token).get("/api/v1/interventions/{id}/goals", interventionId).then();
    }

    /** Sets the goals as the intervention's municipality. */
    public static ValidatableResponse setGoals(UUID interventionId, String ifMatch, Map<String, Object> body) {
        return setGoals(ownerToken(interventionId), interventionId, ifMatch, body);
    }

    public static ValidatableResponse setGoals(String token, UUID interventionId, String ifMatch,
                                               Map<String, Object> body) {
        return change(token, ifMatch, body).put("/api/v1/interventions/{id}/goals", interventionId).then();
    }

    /** A progress report, on 14 January 2022, of {@code value} young people coached in 2021 on {@code indicator}. */
    public static Map<String, Object> progress(String indicator, int value) {
        Map<String, Object> measurement = new LinkedHashMap<>();
        measurement.put("indicator", indicator);
        measurement.put("period", year(2021));
        measurement.put("value", value);
        measurement.put("unit", "jongeren");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "progress-reported");
        body.put("occurred", Map.of("date", "2022-01-14", "precision", "day"));
        body.put("measurements", new ArrayList<>(List.of(measurement)));
        body.put("note", "Doel voor 2021 gehaald.");
        return body;
    }

    /** The {@code index}-th measurement of a {@link #progress} report, to change before it is sent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> measurement(Map<String, Object> progress, int index) {
        return ((List<Map<String, Object>>) progress.get("measurements")).get(index);
    }

    public static ValidatableResponse history(UUID interventionId) {
        return history(TestTokens.ministry(), interventionId);
    }

    public static ValidatableResponse history(String token, UUID interventionId) {
        return as(token).get("/api/v1/interventions/{id}/events", interventionId).then();
    }
}
