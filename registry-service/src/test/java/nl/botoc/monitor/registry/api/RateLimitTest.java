package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.botoc.monitor.contract.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.list;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A burst over the limit gets 429 with Retry-After, per client: others are still served. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeRequestsThenOneInTenSeconds.class)
class RateLimitTest {

    public static class ThreeRequestsThenOneInTenSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.rate-limit.burst", "3", "registry.rate-limit.requests-per-second", "0.1");
        }
    }

    private final String municipality = newMunicipality();

    @Test
    void burstOverTheLimitIsRefusedWith429AndRetryAfterWhileOthersAreServed() {
        String token = tokenOfAPerson();
        for (int i = 0; i < 3; i++) {
            list(token, municipality).statusCode(200);
        }

        list(token, municipality)
                .statusCode(429)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo("10"))
                .body("status", equalTo(429));
        list(tokenOfAPerson(), municipality).statusCode(200);
    }

    @Test
    void requestsWithoutAValidTokenAreLimitedByAddress() {
        int refused = 0;
        for (int i = 0; i < 4; i++) {
            refused = given().get("/api/v1/municipalities/{cbsCode}/interventions", municipality).statusCode();
        }

        assertThat(refused).isEqualTo(429);
        list(tokenOfAPerson(), municipality).statusCode(200);
    }

    /** The same municipality, but another person: another client with an allowance of its own. */
    private String tokenOfAPerson() {
        return TestTokens.builder().subject(UUID.randomUUID().toString()).roles(TestTokens.MUNICIPALITY)
                .cbs(municipality).sign();
    }
}
