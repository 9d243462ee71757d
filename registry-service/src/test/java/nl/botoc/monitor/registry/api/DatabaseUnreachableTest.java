package nl.botoc.monitor.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.CuttableLink;
import nl.botoc.monitor.registry.LinkedServer;
import nl.botoc.monitor.registry.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.registry.RegistryApi.event;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Registry while PostgreSQL cannot be reached: the link between them is cut, so the driver sees the connections it
 * holds break and new ones refused, as when PostgreSQL restarts.
 */
@QuarkusTest
@TestProfile(DatabaseUnreachableTest.ThroughACuttableLink.class)
class DatabaseUnreachableTest {

    public static class ThroughACuttableLink implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LinkedServer.class, Map.of("server", "postgres")));
        }
    }

    /** Advisory lock key a test holds to keep a request's COMMIT waiting. */
    private static final long COMMIT_GATE = 4242;

    CuttableLink link;

    @Inject
    TestDatabase database;

    @AfterEach
    void giveTheDatabaseBack() throws SQLException {
        link.restore();
        try (Connection direct = direct(); Statement sql = direct.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS test_commit_gate ON intervention_event");
            sql.execute("DROP FUNCTION IF EXISTS test_commit_gate()");
        }
    }

    @Test
    void requestIsAnswered503WithRetryAfterAndItsRetryIsRecordedOnce() {
        String municipality = newMunicipality();
        Map<String, Object> body = registration(newCode());
        UUID eventId = UUID.randomUUID();
        body.put("eventId", eventId);

        link.cut();
        long started = System.nanoTime();
        isDatabaseUnreachable(register(municipality, body));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        link.restore();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> register(municipality, body).statusCode(201));
        assertThat(database.eventsWithId(eventId)).isOne();
    }

    /**
     * The link breaks while the request's COMMIT is under way: the client cannot know whether it committed (here it
     * did), gets 503, and its retry with the same event id is answered 201 without recording the event twice.
     */
    @Test
    void connectionLostDuringCommitIsAnswered503AndTheRetryIsRecognised() throws Exception {
        UUID id = registerOne(newMunicipality());
        Map<String, Object> started = event("started");
        UUID eventId = UUID.randomUUID();
        started.put("eventId", eventId);

        try (Connection direct = direct(); Statement sql = direct.createStatement()) {
            holdCommitsOfNewEvents(sql);
            CompletableFuture<ValidatableResponse> request =
                    CompletableFuture.supplyAsync(() -> record(id, "\"1\"", started));
            await().atMost(Duration.ofSeconds(10)).until(() -> commitsWaiting(sql) > 0);
            link.cut();
            isDatabaseUnreachable(request.get());
            sql.execute("SELECT pg_advisory_unlock(" + COMMIT_GATE + ")");
        }

        link.restore();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> record(id, "\"1\"", started).statusCode(201));
        assertThat(database.eventsWithId(eventId)).isOne();
    }

    @Test
    void readinessIsDownAndLivenessUpWhileTheDatabaseIsUnreachable() {
        link.cut();

        given().get("/q/health/ready").then()
                .statusCode(503)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));

        link.restore();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    private static void isDatabaseUnreachable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("title", equalTo("Database tijdelijk niet bereikbaar"))
                .body("detail", containsString("same event id"));
    }

    /** Makes every transaction that inserts an event wait at its COMMIT until this session lets go of the gate. */
    private static void holdCommitsOfNewEvents(Statement sql) throws SQLException {
        sql.execute("CREATE FUNCTION test_commit_gate() RETURNS trigger LANGUAGE plpgsql AS "
                + "'BEGIN PERFORM pg_advisory_xact_lock(" + COMMIT_GATE + "); RETURN NULL; END'");
        sql.execute("CREATE CONSTRAINT TRIGGER test_commit_gate AFTER INSERT ON intervention_event "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_commit_gate()");
        sql.execute("SELECT pg_advisory_lock(" + COMMIT_GATE + ")");
    }

    private static long commitsWaiting(Statement sql) throws SQLException {
        try (ResultSet waiting = sql.executeQuery("SELECT count(*) FROM pg_locks "
                + "WHERE locktype = 'advisory' AND NOT granted AND objid = " + COMMIT_GATE)) {
            waiting.next();
            return waiting.getLong(1);
        }
    }

    /** A connection to PostgreSQL itself, past the link. */
    private static Connection direct() throws SQLException {
        return DriverManager.getConnection(LinkedServer.POSTGRES + "/registry_test",
                System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", ""));
    }
}
