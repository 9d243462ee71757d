package nl.botoc.monitor.scan.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.botoc.monitor.contract.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.scan.Authorised.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Tokens an attacker could bring, each refused with a 401 problem that asks for a bearer token. */
@QuarkusTest
class AuthenticationTest {

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                arguments("expired", researcher().expiresAt(Instant.now().minusSeconds(600)).sign()),
                // the local development issuer, which only the local profile trusts
                arguments("wrong issuer", researcher().issuer("botoc-local-dev").sign()),
                arguments("wrong audience", researcher().audience("een-andere-dienst").sign()),
                arguments("bad signature", researcher().signedByAStranger().sign()),
                arguments("alg=none", researcher().unsigned().sign()),
                arguments("not a token", "dit-is-geen-token"));
    }

    static Stream<String> protectedPaths() {
        return Stream.of("/api/v1/evidence", "/api/v1/evidence/versions", "/api/v1/scans", "/api/v1/scans/gaps",
                "/api/v1/scans/6f1c1a52-0000-4000-8000-000000000001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedPaths")
    void requestWithoutATokenIsA401Problem(String path) {
        refusedAsUnauthenticated(given().get(path).then());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedTokenIsA401Problem(String forgery, String token) {
        refusedAsUnauthenticated(as(token).get("/api/v1/evidence").then());
        refusedAsUnauthenticated(as(token).contentType("application/json")
                .body("{\"type\":\"factor-reclassified\"}").post("/api/v1/evidence/changes").then());
    }

    /** A token that would be valid as it is: each forgery changes one thing. */
    private static TestTokens researcher() {
        return TestTokens.builder().roles(TestTokens.RESEARCHER);
    }

    private static void refusedAsUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body(not(containsString("Exception")));
    }
}
