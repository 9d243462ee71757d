package nl.botoc.monitor.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EventJson.MalformedEventException;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.reporting.persistence.ReadModelChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Objects;

/**
 * Learns the evidence base from evidence.changes.v1, where each message holds the whole base after a change: the
 * newest version read is all the pages need. Every instance reads the topic from its beginning at each start (a
 * consumer group of its own, see application.properties), so none misses a version.
 */
@ApplicationScoped
public class EvidenceConsumer {

    private static final Logger LOG = Logger.getLogger(EvidenceConsumer.class);

    private final CurrentEvidence current;
    private final Event<ReadModelChanged> changes;

    EvidenceConsumer(CurrentEvidence current, Event<ReadModelChanged> changes) {
        this.current = current;
        this.changes = changes;
    }

    @Incoming("evidence-changes")
    public void receive(ConsumerRecord<String, String> message) {
        EvidenceChanged changed;
        try {
            changed = EventJson.read(Objects.requireNonNullElse(message.value(), "null"), EvidenceChanged.class);
        } catch (MalformedEventException unreadable) {
            skip(message, unreadable.getMessage());
            return;
        }
        if (changed == null || changed.evidenceBase() == null) {
            skip(message, "it holds no evidence base");
        } else if (current.offer(changed.evidenceBase())) {
            LOG.infof("Labels and factor classes now follow evidence base version %d", changed.version());
            // Labels and coverage rows change on every page.
            changes.fire(ReadModelChanged.everything());
        }
    }

    /** Logged and skipped, never retried: the same bytes never become readable, and later versions must arrive. */
    private static void skip(ConsumerRecord<String, String> message, String why) {
        LOG.errorf("Skipped the evidence change at %s-%d@%d: %s", message.topic(), message.partition(),
                message.offset(), why);
    }
}
