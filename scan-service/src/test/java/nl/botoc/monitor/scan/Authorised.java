package nl.botoc.monitor.scan;

import io.restassured.specification.RequestSpecification;
import nl.botoc.monitor.contract.TestTokens;

import static io.restassured.RestAssured.given;

/** Requests that carry a real signed bearer token (TestTokens), as every API call must. */
public final class Authorised {

    /** The subject of {@link #asResearcher()}'s token: the actor an evidence change records. */
    public static final String RESEARCHER = "test-onderzoeker";

    private Authorised() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification asMinistry() {
        return as(TestTokens.ministry());
    }

    public static RequestSpecification asResearcher() {
        return as(TestTokens.builder().subject(RESEARCHER).roles(TestTokens.RESEARCHER).sign());
    }
}
