package nl.botoc.monitor.reporting.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import nl.botoc.monitor.reporting.persistence.Stored;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Counts what a consumer did with each record ({@code <meter>{outcome=applied|unchanged|rejected}}) and logs a
 * rejected one with where it lies, so that one bad record is skipped without stopping its partition, yet found.
 */
final class RecordOutcomes {

    private static final Logger LOG = Logger.getLogger(RecordOutcomes.class);

    private final MeterRegistry meters;
    private final String meter;
    private final String what;

    /** @param what what a valid record holds, for the log line ("scan", "lifecycle event") */
    RecordOutcomes(MeterRegistry meters, String meter, String what) {
        this.meters = meters;
        this.meter = meter;
        this.what = what;
    }

    void stored(ConsumerRecord<String, String> record, Stored stored) {
        if (stored.refused()) {
            reject(record, stored.refusal());
        } else {
            count(stored.changed() ? "applied" : "unchanged");
        }
    }

    void reject(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("Skipped record %s-%d@%d (key %s), not a valid %s: %s",
                record.topic(), record.partition(), record.offset(), record.key(), what, reason);
        count("rejected");
    }

    private void count(String outcome) {
        meters.counter(meter, "outcome", outcome).increment();
    }
}
