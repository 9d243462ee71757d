package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.TestTokens;
import nl.botoc.monitor.registry.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.list;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every token the service must not trust, signed for real: each gets 401 problem+json with a Bearer challenge. */
@QuarkusTest
class AuthenticationTest {

    /** The municipality the tokens are of; the cases change one thing each about its valid token. */
    private static final String MUNICIPALITY = newMunicipality();

    @Inject
    TestDatabase database;

    /** Tokens that would be allowed to do what the tests try, but for the one thing named. */
    static Stream<Arguments> untrustedTokens() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        return Stream.of(
                arguments("expired an hour ago", municipalityToken().expiresAt(anHourAgo).sign()),
                arguments("of another issuer", municipalityToken().issuer("https://evil.example/issuer").sign()),
                arguments("of the local development issuer", municipalityToken().issuer("botoc-local-dev").sign()),
                arguments("for another audience", municipalityToken().audience("another-application").sign()),
                arguments("signed by a stranger's key", municipalityToken().signedByAStranger().sign()),
                arguments("unsigned (alg none)", municipalityToken().unsigned().sign()),
                arguments("not a JWT at all", "not-a-token"));
    }

    private static TestTokens municipalityToken() {
        return TestTokens.builder().roles(TestTokens.MUNICIPALITY).cbs(MUNICIPALITY);
    }

    @ParameterizedTest(name = "a token {0} may not register")
    @MethodSource("untrustedTokens")
    void untrustedTokenCannotRegister(String why, String token) {
        String code = newCode();

        register(token, MUNICIPALITY, registration(code))
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("status", equalTo(401))
                .body(not(containsString("Exception")));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @ParameterizedTest(name = "a token {0} may not read")
    @MethodSource("untrustedTokens")
    void untrustedTokenCannotRead(String why, String token) {
        list(token, MUNICIPALITY)
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
    }

    @ParameterizedTest(name = "without a token, {0} is refused")
    @MethodSource("everyEndpoint")
    void requestWithoutTokenIsRefusedWith401(String method, String path) {
        String code = newCode();

        given().contentType("application/json").body(registration(code)).request(method, path)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("detail", equalTo("Send a bearer token: Authorization: Bearer <token>."))
                .body("instance", equalTo(path));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    static Stream<Arguments> everyEndpoint() {
        String intervention = "/api/v1/interventions/" + UUID.randomUUID();
        return Stream.of(
                arguments("POST", "/api/v1/municipalities/" + MUNICIPALITY + "/interventions"),
                arguments("GET", "/api/v1/municipalities/" + MUNICIPALITY + "/interventions"),
                arguments("GET", intervention),
                arguments("POST", intervention + "/events"),
                arguments("GET", intervention + "/events"),
                arguments("GET", intervention + "/events/1"),
                arguments("GET", intervention + "/goals"),
                arguments("PUT", intervention + "/goals"));
    }

    @ParameterizedTest(name = "{0} stays open to operators")
    @MethodSource("operatorEndpoints")
    void operatorEndpointsNeedNoToken(String path) {
        given().get(path).then().statusCode(200);
    }

    static Stream<String> operatorEndpoints() {
        return Stream.of("/q/health/ready", "/q/metrics", "/api/v1/openapi.json");
    }
}
