package nl.botoc.monitor.reporting.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EventJson.MalformedEventException;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.reporting.domain.RecordedEvent;
import nl.botoc.monitor.reporting.persistence.LifecycleEventRepository;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Objects;

/**
 * Copies the lifecycle log into reporting's own event table, for the timelines and the peildatum. Its own consumer
 * group; each event is stored once by its id. A record that is no valid event is logged and counted
 * ({@code reporting.lifecycle{outcome=rejected}}), then skipped: scan-service dead-letters it already. So is an
 * event naming another municipality than the one its intervention was stored under.
 */
@ApplicationScoped
public class LifecycleConsumer {

    private final LifecycleEventRepository events;
    private final RecordOutcomes outcomes;

    LifecycleConsumer(LifecycleEventRepository events, MeterRegistry meters) {
        this.events = events;
        this.outcomes = new RecordOutcomes(meters, "reporting.lifecycle", "lifecycle event");
    }

    /** Retried like {@link ScanConsumer#consume} while the database fails, holding up the records after it. */
    @Incoming("interventions-lifecycle")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200)
    @ExponentialBackoff(factor = 2, maxDelay = 30_000)
    @RetryWhen(exception = TransientFailure.class)
    @BeforeRetry(TransientFailure.Logged.class)
    public void consume(ConsumerRecord<String, String> record) {
        LifecycleEvent event;
        try {
            event = EventJson.readLifecycleEvent(Objects.requireNonNullElse(record.value(), "null"));
        } catch (MalformedEventException e) {
            outcomes.reject(record, e.getMessage());
            return;
        }
        if (event == null || !Municipalities.isValidCode(event.municipality())) {
            outcomes.reject(record, event == null ? "no event" : "municipality is not a CBS code: " + event.municipality());
            return;
        }
        outcomes.stored(record, events.record(new RecordedEvent(event, record.partition(), record.offset())));
    }
}
