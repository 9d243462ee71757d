package nl.botoc.monitor.scan.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.OnOverflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.scan.persistence.EvidenceOutbox;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes each stored evidence version Kafka has not acknowledged, whole, on {@link Topics#EVIDENCE_CHANGES}. */
@ApplicationScoped
public class EvidencePublisher {

    @Inject
    @Channel("evidence-changes")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    MutinyEmitter<String> evidenceChanges;

    @Inject
    EvidenceOutbox outbox;

    @Inject
    OutboxRelay relay;

    public void publishAll() {
        relay.publishAll(outbox, evidenceChanges);
    }
}
