package nl.botoc.monitor.scan.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.OutageDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static nl.botoc.monitor.scan.Authorised.asMinistry;
import static nl.botoc.monitor.scan.Authorised.asResearcher;
import static nl.botoc.monitor.scan.EvidenceApi.change;
import static nl.botoc.monitor.scan.EvidenceApi.currentVersion;
import static nl.botoc.monitor.scan.EvidenceApi.reclassification;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose database connection is lost while it runs: the real driver's failure, made by terminating the
 * request's backend (pg_terminate_backend) while it waits for a lock a second connection holds.
 */
@QuarkusTest
class DatabaseOutageProblemsTest {

    @Inject
    DataSource dataSource;

    @Test
    void evidenceChangeThatLosesItsConnectionIsA503ProblemAndStoresNothing() throws Exception {
        long version = currentVersion();
        int versions = asResearcher().get("/api/v1/evidence/versions").then().extract().jsonPath().getList("$").size();

        ExtractableResponse<Response> response = whileBlockedBy("SELECT pg_advisory_xact_lock(3, 0)",
                () -> change(reclassification(ANTISOCIAL, "plausible"), version).extract());

        assertOutageProblem(response);
        assertThat(currentVersion()).isEqualTo(version);
        assertThat(asResearcher().get("/api/v1/evidence/versions").then().extract().jsonPath().getList("$"))
                .hasSize(versions);
    }

    @Test
    void readThatLosesItsConnectionIsA503Problem() throws Exception {
        ExtractableResponse<Response> response = whileBlockedBy("LOCK TABLE intervention_scan IN ACCESS EXCLUSIVE MODE",
                () -> asMinistry().get("/api/v1/scans/{id}", UUID.randomUUID()).then().extract());

        assertOutageProblem(response);
    }

    private static void assertOutageProblem(ExtractableResponse<Response> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(response.jsonPath().getString("title")).isEqualTo("Database tijdelijk niet bereikbaar");
        assertThat(response.jsonPath().getString("detail")).contains("try again");
    }

    /**
     * Runs the request while a second connection holds the lock {@code lock} takes, terminates the backends that
     * wait for it (the request's among them) until the request is answered, and returns the answer.
     */
    private <T> T whileBlockedBy(String lock, Supplier<T> request) throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute(lock);
            CompletableFuture<T> answer = CompletableFuture.supplyAsync(request);
            OutageDatabase.terminateBlockedUntil(holder, answer, Duration.ofSeconds(30));
            holder.rollback();
            return answer.get(30, TimeUnit.SECONDS);
        }
    }
}
