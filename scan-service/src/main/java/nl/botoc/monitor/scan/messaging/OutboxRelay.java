package nl.botoc.monitor.scan.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.config.ScanConfig;
import nl.botoc.monitor.scan.persistence.AdvisoryLocks;
import nl.botoc.monitor.scan.persistence.Outbox;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes what an {@link Outbox} holds and Kafka has not acknowledged. Rows commit first and are published
 * after, so no crash can leave Kafka with a message the database does not have; a crash in between only
 * delays it to the next round, and may send it twice, which readers recognise by key and revision or version.
 * Rows are marked published up to the first one Kafka did not acknowledge, so none overtakes an earlier one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AdvisoryLocks locks;

    @Inject
    ScanConfig config;

    /** Publishes one batch; returns how many rows were acknowledged. Failures are logged and left to a next round. */
    public <R> int publishBatch(Outbox<R> outbox, MutinyEmitter<String> channel) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> publishInTransaction(outbox, channel));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Publishing to %s failed; the next round retries", outbox.topic());
            return 0;
        }
    }

    /** Publishes batches until one is not full: all that was pending, unless Kafka stopped acknowledging. */
    public <R> void publishAll(Outbox<R> outbox, MutinyEmitter<String> channel) {
        int batchSize = config.publish().batchSize();
        while (publishBatch(outbox, channel) == batchSize) {
            LOG.debugf("Published a full batch to %s; looking for more", outbox.topic());
        }
    }

    private <R> int publishInTransaction(Outbox<R> outbox, MutinyEmitter<String> channel) {
        locks.lockPublisher(outbox.topic());
        List<R> pending = outbox.unpublished(config.publish().batchSize());
        List<String> keys = pending.stream().map(outbox::key).toList();
        List<String> values = pending.stream().map(outbox::value).toList();
        // Sent with the transaction suspended (its locks stay held): the emitter would otherwise carry it to
        // Kafka's callback threads, and a commit while one of them still holds it is rolled back.
        List<R> acknowledged = QuarkusTransaction.suspendingExisting().call(() -> {
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                acks.add(send(channel, keys.get(i), values.get(i)));
            }
            return acknowledgedInOrder(outbox, pending, acks);
        });
        if (!acknowledged.isEmpty()) {
            outbox.markPublished(acknowledged);
        }
        return acknowledged.size();
    }

    private <R> List<R> acknowledgedInOrder(Outbox<R> outbox, List<R> pending, List<CompletableFuture<Void>> acks) {
        Instant deadline = Instant.now().plus(config.publish().ackTimeout());
        List<R> acknowledged = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                acks.get(i).get(left, TimeUnit.MILLISECONDS);
                acknowledged.add(pending.get(i));
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf(e, "Kafka did not acknowledge %s; it and what follows are retried in the next round",
                        outbox.describe(pending.get(i)));
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private static CompletableFuture<Void> send(MutinyEmitter<String> channel, String key, String value) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .build();
        return channel.sendMessage(Message.of(value).addMetadata(metadata)).subscribeAsCompletionStage();
    }
}
