package nl.botoc.monitor.scan.messaging;

import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.persistence.ScanProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Feeds the lifecycle events into the scans a polled batch at a time, in one transaction per batch
 * ({@link ScanProjection}), and then publishes what changed. A message that breaks the contract, or an event the
 * scans may not take (another municipality's intervention, codes the evidence base does not know), goes to the
 * dead-letter topic and the partition flows on. A failure that is not the message's fault ({@link PassingFailure}:
 * the database out of reach, a rolled-back transaction) is retried with exponential backoff for as long as it lasts,
 * the whole batch, holding the channel so that no event overtakes another; applying is idempotent, so a retry after
 * a commit whose answer was lost changes nothing. Any other failure stops the channel (failure-strategy=fail,
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
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<ScanProjection.Delivered> batch = new ArrayList<>();
        Map<ConsumerRecord<String, String>, String> deadLetterReasons = new IdentityHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                batch.add(new ScanProjection.Delivered(LifecycleMessageReader.read(record.value()), record.partition(),
                        record.offset()));
                readable.add(record);
            } catch (LifecycleMessageReader.UnreadableMessageException e) {
                deadLetterReasons.put(record, e.getMessage());
            }
        }
        ScanProjection.Outcome outcome = batch.isEmpty()
                ? new ScanProjection.Outcome(Map.of(), 0) : projection.apply(batch);
        outcome.refusals().forEach((index, reason) -> deadLetterReasons.put(readable.get(index), reason));
        // After the commit: a retry of the batch after a database failure sends no dead letter twice.
        for (ConsumerRecord<String, String> record : records) {
            String reason = deadLetterReasons.get(record);
            if (reason != null) {
                deadLetters.send(record, reason);
            }
        }
        LOG.debugf("Applied a batch of %d records: %d scans changed, %d dead letters", records.count(),
                outcome.scansChanged(), deadLetterReasons.size());
        if (outcome.scansChanged() > 0) {
            publisher.publishPending();
        }
    }

    /** Says, once per attempt, which messages wait and why. */
    @Dependent
    static class RetryLog implements BeforeRetryHandler {

        @Override
        public void handle(ExecutionContext context) {
            ConsumerRecords<?, ?> records = (ConsumerRecords<?, ?>) context.getParameters()[0];
            String from = records.partitions().stream()
                    .map(partition -> partition + "@" + records.records(partition).get(0).offset())
                    .collect(Collectors.joining(", "));
            LOG.warnf("%d records from %s wait: %s; retrying", records.count(), from, context.getFailure());
        }
    }
}
