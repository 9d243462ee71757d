package nl.botoc.monitor.registry.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The outbox backlog as the gauge {@code registry_outbox_backlog}: how many committed events Kafka has not
 * acknowledged yet. It grows while Kafka is unreachable and drains when the relay catches up; it is read at
 * each scrape from the partial index on unpublished rows, and is NaN while PostgreSQL cannot be reached.
 */
@ApplicationScoped
public class OutboxBacklog {

    @Inject
    AgroalDataSource dataSource;

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        Gauge.builder("registry.outbox.backlog", this, OutboxBacklog::count)
                .description("Committed lifecycle events not yet acknowledged by Kafka")
                .register(registry);
    }

    double count() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*) FROM intervention_event WHERE published_at IS NULL")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException unreachable) {
            return Double.NaN;
        }
    }
}
