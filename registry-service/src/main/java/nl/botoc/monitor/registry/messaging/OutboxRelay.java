package nl.botoc.monitor.registry.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.OnOverflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.registry.config.OutboxConfig;
import nl.botoc.monitor.registry.persistence.InterventionEvent;
import nl.botoc.monitor.registry.persistence.Outbox;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed events to {@code interventions.lifecycle.v1} in the order they were stored, and marks them
 * published only after Kafka acknowledged them. A failure leaves the whole batch unpublished for a later run:
 * an event may then reach Kafka twice, never not at all; consumers recognise repeats by event id and sequence.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    // The relay bounds what is in flight by its batch size, so the emitter need not bound it again.
    @Inject
    @Channel("interventions-lifecycle")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    MutinyEmitter<String> lifecycle;

    /**
     * The sends of the last batch. A batch given up on (Kafka did not acknowledge it in time) may still be in the
     * producer; no batch follows until it has settled, so that an outage does not pile up copies of the backlog.
     */
    private volatile CompletableFuture<Void> lastBatch = CompletableFuture.completedFuture(null);

    /** Publishes the oldest unpublished batch; returns its size, 0 when another relay has the turn. */
    @Transactional
    public int publishBatch() {
        if (!lastBatch.isDone()) {
            throw new IllegalStateException("Kafka has not yet settled the sends of the batch given up on before");
        }
        if (!outbox.takeRelayTurn()) {
            return 0;
        }
        List<InterventionEvent> batch = outbox.unpublished(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        awaitAcknowledgements(batch.stream()
                .map(row -> lifecycle.sendMessage(LifecycleMessages.of(row)).subscribeAsCompletionStage())
                .toList());
        outbox.markPublished(batch.stream().map(row -> row.eventId).toList(), Instant.now());
        return batch.size();
    }

    private void awaitAcknowledgements(List<CompletableFuture<Void>> sends) {
        lastBatch = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
        try {
            lastBatch.get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka's acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", e);
        }
    }
}
