package nl.botoc.monitor.registry;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Looks straight into the test database, to see what a request left behind, past every layer of the service. */
@ApplicationScoped
public class TestDatabase {

    @Inject
    AgroalDataSource dataSource;

    public long interventionsWithCode(String code) {
        return count("SELECT count(*) FROM intervention WHERE code = ?", code);
    }

    public long eventsWithId(UUID eventId) {
        return count("SELECT count(*) FROM intervention_event WHERE event_id = ?", eventId);
    }

    public long eventsOf(UUID interventionId) {
        return count("SELECT count(*) FROM intervention_event WHERE intervention_id = ?", interventionId);
    }

    public long unpublishedOf(UUID interventionId) {
        return count("SELECT count(*) FROM intervention_event WHERE intervention_id = ? AND published_at IS NULL",
                interventionId);
    }

    public Optional<Instant> publishedAt(UUID eventId) {
        return query("SELECT published_at FROM intervention_event WHERE event_id = ?", eventId,
                result -> Optional.ofNullable(result.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant));
    }

    private long count(String sql, Object parameter) {
        return query(sql, parameter, result -> result.getLong(1));
    }

    private <T> T query(String sql, Object parameter, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return column.read(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }
}
