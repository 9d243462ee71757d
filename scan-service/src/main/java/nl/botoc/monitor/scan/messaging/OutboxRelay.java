package nl.botoc.monitor.scan.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.scan.config.ScanConfig;
import nl.botoc.monitor.scan.domain.Backoff;
import nl.botoc.monitor.scan.persistence.AdvisoryLocks;
import nl.botoc.monitor.scan.persistence.Outbox;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes what an {@link Outbox} holds and Kafka has not acknowledged. Rows commit first and are published
 * after, so no crash can leave Kafka with a message the database does not have; a crash in between only
 * delays it to the next round, and may send it twice, which readers recognise by key and revision or version.
 * Rows are marked published up to the first one Kafka did not acknowledge, so none overtakes an earlier one.
 * After a round that left rows unacknowledged (Kafka or PostgreSQL out of reach) the next round for that topic waits,
 * longer after each further failure ({@link Backoff}): the rows stay, nothing is sent again and again into a producer
 * that cannot deliver, and the backlog drains in order in the first round after Kafka is back. Failed rounds are
 * counted in {@code scan_outbox_failed_rounds_total{topic=…}}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AdvisoryLocks locks;

    @Inject
    ScanConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    private final Map<String, Failures> failing = new ConcurrentHashMap<>();

    /**
     * Publishes one batch, unless the topic's last rounds failed and its pause is not over; returns how many rows
     * were acknowledged. Failures are logged and left to a later round.
     */
    public <R> int publishBatch(Outbox<R> outbox, MutinyEmitter<String> channel) {
        if (paused(outbox.topic())) {
            return 0;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> publishInTransaction(outbox, channel));
        } catch (RuntimeException e) {
            failed(outbox.topic(), e);
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

    private boolean paused(String topic) {
        Failures failures = failing.get(topic);
        return failures != null && clock.instant().isBefore(failures.nextRound());
    }

    private void failed(String topic, RuntimeException failure) {
        meters.counter("scan.outbox.failed.rounds", "topic", topic).increment();
        Backoff backoff = new Backoff(config.publish().retryFirst(), config.publish().retryCeiling());
        Failures failures = failing.compute(topic, (key, before) -> {
            int rounds = before == null ? 1 : before.rounds() + 1;
            Duration pause = backoff.after(rounds, ThreadLocalRandom.current().nextDouble());
            return new Failures(rounds, clock.instant().plus(pause));
        });
        String next = "; rows stay and the next round starts at " + failures.nextRound();
        if (failure != null) {
            LOG.warnf(failure, "Publishing to %s failed (%d rounds in a row)%s", topic, failures.rounds(), next);
        } else {
            LOG.warnf("Kafka did not acknowledge all of a round to %s (%d rounds in a row)%s", topic,
                    failures.rounds(), next);
        }
    }

    private void succeeded(String topic) {
        Failures failures = failing.remove(topic);
        if (failures != null) {
            LOG.infof("Publishing to %s again after %d failed rounds", topic, failures.rounds());
        }
    }

    /** One batch under the topic's lock; how it went is noted before the commit frees the lock for the next round. */
    private <R> int publishInTransaction(Outbox<R> outbox, MutinyEmitter<String> channel) {
        locks.lockPublisher(outbox.topic());
        // Another round may have failed while this one waited for the lock: then this one waits its pause too.
        if (paused(outbox.topic())) {
            return 0;
        }
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
        if (acknowledged.size() < pending.size()) {
            failed(outbox.topic(), null);
        } else {
            succeeded(outbox.topic());
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

    /** Failed rounds in a row for one topic, and when the next may start. */
    private record Failures(int rounds, Instant nextRound) {
    }
}
