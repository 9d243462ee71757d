package nl.botoc.monitor.scan.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.persistence.EvidenceOutbox;
import nl.botoc.monitor.scan.persistence.Outbox;
import nl.botoc.monitor.scan.persistence.ScanOutbox;

import java.util.List;

/**
 * The outboxes' backlogs as the gauge {@code scan_outbox_backlog{topic=…}}: stored scan revisions and evidence
 * versions Kafka has not acknowledged yet. It grows while Kafka is out of reach and drains when the relay catches
 * up; it is counted at each scrape, and is NaN while PostgreSQL cannot be reached.
 */
@ApplicationScoped
public class OutboxBacklog {

    @Inject
    ScanOutbox scans;

    @Inject
    EvidenceOutbox evidence;

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        for (Outbox<?> outbox : List.of(scans, evidence)) {
            Gauge.builder("scan.outbox.backlog", outbox, OutboxBacklog::count)
                    .tag("topic", outbox.topic())
                    .description("Stored rows of an outbox not yet acknowledged by Kafka")
                    .strongReference(true)
                    .register(registry);
        }
    }

    private static double count(Outbox<?> outbox) {
        try {
            return QuarkusTransaction.requiringNew().call(outbox::backlog);
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
