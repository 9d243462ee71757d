package nl.botoc.monitor.reporting.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EventJson.MalformedEventException;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.domain.ScanValidation;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Keeps the scan_view read model current from the scans topic. A record that is no valid scan is logged with
 * where it lies and counted ({@code reporting.scans{outcome=rejected}}), then skipped: one bad record must not
 * stop its partition. The contract has no dead-letter topic for scans yet; the log line is the pointer to it. A scan
 * naming another municipality than the one its intervention was stored under is rejected the same way.
 */
@ApplicationScoped
public class ScanConsumer {

    private final ScanViewRepository scanViews;
    private final RecordOutcomes outcomes;

    ScanConsumer(ScanViewRepository scanViews, MeterRegistry meters) {
        this.scanViews = scanViews;
        this.outcomes = new RecordOutcomes(meters, "reporting.scans", "scan");
    }

    /**
     * Ordered and blocking: records of one partition are applied one after the other, in their order. While the
     * database fails ({@link TransientFailure}) the record is retried, 0.5 s doubling to 30 s, for as long as it
     * takes, and nothing after it is applied before it; any other failure stops the channel (failure strategy fail).
     */
    @Incoming("interventions-scans")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200)
    @ExponentialBackoff(factor = 2, maxDelay = 30_000)
    @RetryWhen(exception = TransientFailure.class)
    @BeforeRetry(TransientFailure.Logged.class)
    public void consume(ConsumerRecord<String, String> record) {
        InterventionScan scan;
        try {
            scan = EventJson.readScan(record.value());
        } catch (MalformedEventException e) {
            outcomes.reject(record, e.getMessage());
            return;
        }
        List<String> problems = ScanValidation.problems(scan);
        if (!problems.isEmpty()) {
            outcomes.reject(record, String.join("; ", problems));
            return;
        }
        outcomes.stored(record, scanViews.apply(scan));
    }
}
