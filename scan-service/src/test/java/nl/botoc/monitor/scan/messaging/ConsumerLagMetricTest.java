package nl.botoc.monitor.scan.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.get;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** How far scan-service trails the lifecycle log is visible to Prometheus, unauthenticated like the health checks. */
@QuarkusTest
class ConsumerLagMetricTest {

    @Test
    void theLifecycleConsumersLagIsExported() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-interventions-lifecycle\"")));
    }
}
