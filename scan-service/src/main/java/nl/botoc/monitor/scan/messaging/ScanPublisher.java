package nl.botoc.monitor.scan.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.scan.config.ScanConfig;
import nl.botoc.monitor.scan.persistence.AdvisoryLocks;
import nl.botoc.monitor.scan.persistence.InterventionScanEntity;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes each scan revision the database holds but Kafka has not acknowledged, on {@link Topics#SCANS}
 * keyed by intervention id. The scan commits first and is published after, so no crash can leave Kafka with
 * a scan the database does not have; a crash in between only delays it until the next round.
 */
@ApplicationScoped
public class ScanPublisher {

    private static final Logger LOG = Logger.getLogger(ScanPublisher.class);

    @Inject
    @Channel("interventions-scans")
    MutinyEmitter<String> scans;

    @Inject
    AdvisoryLocks locks;

    @Inject
    ScanConfig config;

    // Not while starting or stopping: the emitter may not be connected yet, the database no longer open.
    @Scheduled(every = "${scan.publish.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        publishPending();
    }

    /** Publishes one batch of pending scans; failures are logged and left to the next round. */
    public void publishPending() {
        try {
            QuarkusTransaction.requiringNew().run(this::publishBatch);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Publishing scans failed; the next round retries");
        }
    }

    private void publishBatch() {
        locks.lockPublisher();
        List<InterventionScanEntity> pending = InterventionScanEntity.unpublished(config.publish().batchSize());
        List<CompletableFuture<Void>> acks = pending.stream().map(this::send).toList();
        for (int i = 0; i < pending.size(); i++) {
            InterventionScanEntity row = pending.get(i);
            if (acknowledged(acks.get(i), row)) {
                InterventionScanEntity.markPublished(row.interventionId, row.revision);
            }
        }
    }

    private boolean acknowledged(CompletableFuture<Void> ack, InterventionScanEntity row) {
        try {
            ack.get(config.publish().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf(e, "Kafka did not acknowledge revision %d of scan %s; the next round retries",
                    row.revision, row.interventionId);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CompletableFuture<Void> send(InterventionScanEntity row) {
        OutgoingKafkaRecordMetadata<String> key = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.interventionId.toString())
                .build();
        // Written anew rather than sent as stored: jsonb keeps its own layout, Kafka gets the contract's.
        String value = EventJson.write(row.toScan());
        return scans.sendMessage(Message.of(value).addMetadata(key)).subscribeAsCompletionStage();
    }
}
