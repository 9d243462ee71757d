package nl.botoc.monitor.scan.messaging;

import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.scan.persistence.ScanProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Feeds every lifecycle event into the scans and then publishes what changed. A message that breaks the
 * contract, or an event the scans may not take (another municipality's intervention, codes the evidence base does
 * not know), goes to the dead-letter topic and the partition flows on. A failure that is not the message's fault
 * ({@link PassingFailure}: the database out of reach, a rolled-back transaction) is retried with exponential backoff
 * for as long as it lasts, holding the channel so that no event overtakes another; applying is idempotent, so a retry
 * after a commit whose answer was lost changes nothing. Any other failure stops the channel (failure-strategy=fail,
 * liveness DOWN) rather than skip an event the scans need.
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

    // 0.5 s doubling to 30 s, each ±0.25 s, without end (maxRetries -1, maxDuration 0): an outage may last minutes.
    @Incoming("interventions-lifecycle")
    @Blocking(ordered = true)
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 250)
    @ExponentialBackoff(factor = 2, maxDelay = 30_000)
    @RetryWhen(exception = PassingFailure.class)
    @BeforeRetry(RetryLog.class)
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

    /** Says, once per attempt, which message waits and why. */
    @Dependent
    static class RetryLog implements BeforeRetryHandler {

        @Override
        public void handle(ExecutionContext context) {
            ConsumerRecord<?, ?> record = (ConsumerRecord<?, ?>) context.getParameters()[0];
            LOG.warnf("%s-%d@%d waits: %s; retrying", record.topic(), record.partition(), record.offset(),
                    context.getFailure());
        }
    }
}
