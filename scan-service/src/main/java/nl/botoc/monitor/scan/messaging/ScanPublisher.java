package nl.botoc.monitor.scan.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.OnOverflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.scan.persistence.ScanOutbox;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes each scan revision the database holds but Kafka has not acknowledged, on {@link Topics#SCANS}
 * keyed by intervention id: right after the consumer applied an event, after a re-derivation, and on a sweep
 * for what was not published then.
 */
@ApplicationScoped
public class ScanPublisher {

    // The relay bounds what is in flight by its batch size, so the emitter need not bound it again.
    @Inject
    @Channel("interventions-scans")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    MutinyEmitter<String> scans;

    @Inject
    ScanOutbox outbox;

    @Inject
    OutboxRelay relay;

    // Not while starting or stopping: the emitter may not be connected yet, the database no longer open.
    @Scheduled(every = "${scan.publish.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        publishAll();
    }

    /** Publishes one batch of pending scans: enough after one event, and it keeps the consumer moving. */
    public void publishPending() {
        relay.publishBatch(outbox, scans);
    }

    /** Publishes every pending scan, batch after batch. */
    public void publishAll() {
        relay.publishAll(outbox, scans);
    }
}
