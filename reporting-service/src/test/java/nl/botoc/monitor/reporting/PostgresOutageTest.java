package nl.botoc.monitor.reporting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.InterventionScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * The service while PostgreSQL is unreachable (its connections cut by {@link PostgresProxy}, new ones refused) and
 * after: the API answers 503 problem+json, readiness is DOWN and liveness UP, and a scan consumed meanwhile is stored
 * once the database is back, without a restart.
 */
@QuarkusTest
@WithTestResource(PostgresBehindProxy.class)
class PostgresOutageTest {

    private static final Duration RECOVERED = Duration.ofSeconds(60);

    @Inject
    ScanTopic topic;

    @AfterEach
    void restore() {
        PostgresBehindProxy.proxy().restore();
    }

    @Test
    void theApiAnswers503ProblemWithRetryAfterUntilTheDatabaseIsBack() {
        OverviewApi.current();
        PostgresBehindProxy.proxy().cut();

        // A peildatum reads the history from the database.
        asMinistry().accept(ContentType.JSON).get("/api/v1/overview?peildatum=2022-01-01")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("title", equalTo("Database tijdelijk niet bereikbaar"))
                .time(lessThan(10_000L));
        // Now is held in memory, and nothing can change it while the consumers cannot commit.
        asMinistry().accept(ContentType.JSON).get("/api/v1/overview").then().statusCode(200);

        PostgresBehindProxy.proxy().restore();
        await().atMost(RECOVERED).untilAsserted(() -> asMinistry().accept(ContentType.JSON)
                .get("/api/v1/overview?peildatum=2022-01-01").then().statusCode(200));
    }

    @Test
    void readinessIsDownAndLivenessUpWhileTheDatabaseIsGone() {
        PostgresBehindProxy.proxy().cut();

        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        PostgresBehindProxy.proxy().restore();
        await().atMost(RECOVERED).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    void aScanConsumedWhileTheDatabaseIsGoneIsStoredWhenItIsBack() throws InterruptedException {
        String municipality = randomTestMunicipality();
        OverviewApi.current();
        PostgresBehindProxy.proxy().cut();

        InterventionScan duringOutage = aScan().in(municipality).build();
        topic.publishInOrder(duringOutage);
        // Long enough for the consumer to fail a few times and back off; not so long that the test drags.
        Thread.sleep(4_000);

        PostgresBehindProxy.proxy().restore();
        topic.publishInOrder(aScan().in(municipality).build());
        await().atMost(RECOVERED).untilAsserted(() -> awaitInterventions(municipality, 2));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // Stored by the consumer's retry, which counts at /q/metrics, not by a redelivery after a restart.
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("ft_retry_retries_total") && line.contains("ScanConsumer.consume"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))))
                .anySatisfy(retries -> assertThat(retries).isPositive());
    }
}
