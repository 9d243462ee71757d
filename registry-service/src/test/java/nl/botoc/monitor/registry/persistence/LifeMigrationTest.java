package nl.botoc.monitor.registry.persistence;

import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.LifecyclePayload.Cancelled;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.LifecyclePayload.Started;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.Life;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V2 against the real PostgreSQL: interventions stored before it get their life from their stored events. Runs in a
 * schema of its own in the test database, so the application's schema is left alone.
 */
class LifeMigrationTest {

    private static final String URL = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432")
            + "/registry_test";
    private static final String USER = System.getenv().getOrDefault("DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "");
    private static final String SCHEMA = "life_migration_test";
    private static final OccurredAt SEPTEMBER_2020 = new OccurredAt(LocalDate.of(2020, 9, 1), DatePrecision.MONTH);
    private static final OccurredAt Q4_2021 = new OccurredAt(LocalDate.of(2021, 10, 1), DatePrecision.QUARTER);
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private Connection connection;

    @BeforeEach
    void migrateAFreshSchemaToVersionOne() throws SQLException {
        flyway("1").clean();
        flyway("1").migrate();
        connection = DriverManager.getConnection(URL, USER, PASSWORD);
        connection.createStatement().execute("SET search_path TO " + SCHEMA);
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        connection.close();
        flyway("latest").clean();
    }

    @Test
    void existingInterventionsGetTheOccurredOfTheirRegistrationAndOfTheirEnding() throws SQLException {
        Change open = registered();
        Change started = open.intervention().handle(command(Q4_2021, new Started(null)), NOW);
        Change ended = registered();
        Change cancelled = ended.intervention().handle(command(Q4_2021, new Cancelled("Geen uitvoerder.")), NOW);
        storeAsVersionOneDid(open, started);
        storeAsVersionOneDid(ended, cancelled);

        flyway("latest").migrate();

        assertThat(lifeOf(open.intervention().id())).isEqualTo(new Life(SEPTEMBER_2020, null));
        assertThat(lifeOf(ended.intervention().id())).isEqualTo(new Life(SEPTEMBER_2020, Q4_2021));
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(SCHEMA).cleanDisabled(false)
                .locations("classpath:db/migration").target(target).load();
    }

    private static Change registered() {
        return Intervention.register(UUID.randomUUID(), "GM0599",
                command(SEPTEMBER_2020, new Planned(InterventionDetails.named(null, "Schoon Schip"))), NOW);
    }

    private static LifecycleCommand command(OccurredAt occurred, LifecyclePayload payload) {
        return new LifecycleCommand(UUID.randomUUID(), occurred, payload, "gm0599-projectleider");
    }

    /** The intervention as its last change left it, and every change's event row, in the columns of V1. */
    private void storeAsVersionOneDid(Change... changes) throws SQLException {
        Intervention state = changes[changes.length - 1].intervention();
        try (PreparedStatement intervention = connection.prepareStatement("INSERT INTO intervention (id, "
                + "municipality, status, origin, adjusted, version, details, registered_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            intervention.setObject(1, state.id());
            intervention.setString(2, state.municipality());
            intervention.setString(3, state.status().name());
            intervention.setString(4, state.origin().name());
            intervention.setBoolean(5, state.adjusted());
            intervention.setLong(6, state.version());
            intervention.setString(7, EventJson.write(state.details()));
            intervention.setTimestamp(8, Timestamp.from(NOW));
            intervention.setTimestamp(9, Timestamp.from(NOW));
            intervention.executeUpdate();
        }
        for (Change change : changes) {
            InterventionEvent row = InterventionEvent.recording(change);
            try (PreparedStatement event = connection.prepareStatement("INSERT INTO intervention_event (event_id, "
                    + "intervention_id, sequence, type, envelope, state_after, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)")) {
                event.setObject(1, row.eventId);
                event.setObject(2, row.interventionId);
                event.setLong(3, row.sequence);
                event.setString(4, row.type.name());
                event.setString(5, row.envelope);
                event.setString(6, row.stateAfter);
                event.setTimestamp(7, Timestamp.from(NOW));
                event.executeUpdate();
            }
        }
    }

    private Life lifeOf(UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT registration_occurred::text, ending_occurred::text FROM intervention WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                String ending = result.getString(2);
                return new Life(EventJson.read(result.getString(1), OccurredAt.class),
                        ending == null ? null : EventJson.read(ending, OccurredAt.class));
            }
        }
    }
}
