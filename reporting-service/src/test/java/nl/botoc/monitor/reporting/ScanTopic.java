package nl.botoc.monitor.reporting;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Publishes to the real scans topic with a plain producer, as scan-service does. */
@ApplicationScoped
public class ScanTopic {

    /** How long a published scan may take to reach the read model, consumer group join included. */
    public static final Duration CONSUMED = Duration.ofSeconds(30);

    /**
     * The partition for records whose order a test relies on: the consumer applies one partition in order,
     * so once a later record there shows in the read model, every earlier one has been consumed.
     */
    private static final int ORDERED_PARTITION = 0;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TestProducer producer;

    /** Publishes the scan keyed by its intervention id, to the partition the key hashes to. */
    public void publish(InterventionScan scan) {
        send(new ProducerRecord<>(Topics.SCANS, scan.interventionId().toString(), EventJson.write(scan)));
    }

    public void publishInOrder(InterventionScan scan) {
        publishInOrder(scan.interventionId().toString(), EventJson.write(scan));
    }

    /** Publishes any value, valid or not, behind everything published in order before. */
    public void publishInOrder(String key, String value) {
        send(new ProducerRecord<>(Topics.SCANS, ORDERED_PARTITION, key, value));
    }

    private synchronized void send(ProducerRecord<String, String> record) {
        if (producer == null) {
            producer = new TestProducer(bootstrapServers);
        }
        producer.send(record);
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
