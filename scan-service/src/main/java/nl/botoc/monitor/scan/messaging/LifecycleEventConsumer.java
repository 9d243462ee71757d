package nl.botoc.monitor.scan.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.scan.persistence.ScanProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Feeds every lifecycle event into the scans and then publishes what changed. A message that breaks the
 * contract, or an event the scans may not take (another municipality's intervention, codes the evidence base does
 * not know), goes to the dead-letter topic and the partition flows on; any other failure stops the channel
 * (failure-strategy=fail, visible in health) rather than skip an event the scans need.
 */
@ApplicationScoped
public class LifecycleEventConsumer {

    private static final Logger LOG = Logger.getLogger(LifecycleEventConsumer.class);

    @Inject
    ScanProjection projection;

    @Inject
    ScanPublisher publisher;

    @Inject
    DeadLetterPublisher deadLetters;

    @Incoming("interventions-lifecycle")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        LifecycleEvent event;
        try {
            event = LifecycleMessageReader.read(record.value());
        } catch (LifecycleMessageReader.UnreadableMessageException e) {
            deadLetters.send(record, e.getMessage());
            return;
        }
        Optional<String> refusal = projection.refusal(event);
        if (refusal.isPresent()) {
            deadLetters.send(record, refusal.get());
            return;
        }
        ScanProjection.Outcome outcome = projection.apply(event, record.partition(), record.offset());
        LOG.debugf("%s event %d of intervention %s: %s", event.type().wireName(), event.sequence(),
                event.interventionId(), outcome);
        if (outcome == ScanProjection.Outcome.APPLIED) {
            publisher.publishPending();
        }
    }
}
