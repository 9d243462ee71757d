package nl.botoc.monitor.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EventJson.MalformedEventException;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.registry.domain.EvidenceCodes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.Optional;

/**
 * Learns the evidence base from {@code evidence.changes.v1}: each message carries the whole base after a change,
 * so the newest one read is all registry needs. The channel reads the topic from its beginning at every start, in a
 * consumer group of this instance alone, so that every instance sees every version (see application.properties).
 */
@ApplicationScoped
public class EvidenceChangesConsumer {

    private static final Logger LOG = Logger.getLogger(EvidenceChangesConsumer.class);

    @Inject
    CurrentEvidence current;

    @Incoming("evidence-changes")
    public void receive(ConsumerRecord<String, String> message) {
        readable(message).ifPresent(changed -> learn(EvidenceCodes.of(changed.evidenceBase())));
    }

    /**
     * The change the message holds, or empty when it holds none. Such a message is logged and skipped rather than
     * retried: the same bytes never become readable, and a stopped channel would miss every later evidence base.
     */
    private static Optional<EvidenceChanged> readable(ConsumerRecord<String, String> message) {
        try {
            EvidenceChanged changed = EventJson.read(Objects.requireNonNullElse(message.value(), "null"),
                    EvidenceChanged.class);
            if (changed != null && changed.evidenceBase() != null) {
                return Optional.of(changed);
            }
            skip(message, "it holds no evidence base");
        } catch (MalformedEventException unreadable) {
            skip(message, unreadable.getMessage());
        }
        return Optional.empty();
    }

    private static void skip(ConsumerRecord<String, String> message, String why) {
        LOG.errorf("Skipped the evidence change at %s-%d@%d: %s", message.topic(), message.partition(),
                message.offset(), why);
    }

    private void learn(EvidenceCodes arrived) {
        EvidenceCodes known = current.offer(arrived);
        if (known == arrived) {
            LOG.infof("Theme, factor and method codes now follow evidence base version %d", arrived.version());
        } else {
            LOG.infof("Ignored evidence base version %d: version %d is newer", arrived.version(), known.version());
        }
    }
}
