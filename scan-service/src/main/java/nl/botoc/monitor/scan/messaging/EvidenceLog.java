package nl.botoc.monitor.scan.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link Topics#EVIDENCE_CHANGES} (the topic the evidence-changes channel publishes to) from its beginning
 * to where it ends now, with a plain consumer that joins no group and commits nothing: the topic is the history
 * a database without versions restores from.
 */
@ApplicationScoped
public class EvidenceLog {

    private static final Logger LOG = Logger.getLogger(EvidenceLog.class);
    private static final Duration POLL = Duration.ofMillis(200);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.outgoing.evidence-changes.topic")
    String topic;

    /**
     * Every version of the evidence base {@code key} identifies, in the order they were published.
     *
     * @throws IllegalStateException when the topic cannot be read to its end within {@code timeout}
     */
    public List<EvidenceChanged> readAll(String key, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "scan-service-evidence-restore",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            List<EvidenceChanged> versions = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(topic + " was not read to its end within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (key.equals(record.key())) {
                        read(record, versions);
                    }
                }
            }
            return versions;
        }
    }

    /**
     * A message that breaks the contract is skipped, not fatal: each message holds the whole evidence base, so
     * losing one loses a step of the history, never the versions after it.
     */
    private static void read(ConsumerRecord<String, String> record, List<EvidenceChanged> versions) {
        try {
            versions.add(EventJson.read(record.value(), EvidenceChanged.class));
        } catch (EventJson.MalformedEventException e) {
            LOG.errorf("Skipped %s-%d@%d while restoring the evidence base: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
