package nl.botoc.monitor.registry.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** The backlog gauge is scraped with the other metrics, and reads 0 once the relay has published everything. */
@QuarkusTest
class OutboxBacklogTest {

    @Test
    void theBacklogIsAPrometheusGaugeThatDrainsToZero() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("# TYPE registry_outbox_backlog gauge"))
                .body(containsString("\nregistry_outbox_backlog 0.0")));
    }
}
