package nl.botoc.monitor.reporting;

import io.restassured.specification.RequestSpecification;
import nl.botoc.monitor.contract.TestTokens;

import static io.restassured.RestAssured.given;

/** Requests with a real signed token, as the dashboards' readers send them. */
public final class Readers {

    /** The ministry reads everything: the default reader of the tests that are not about who reads. */
    public static final String MINISTRY = TestTokens.ministry();

    private Readers() {
    }

    public static RequestSpecification asMinistry() {
        return as(MINISTRY);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
