package nl.botoc.monitor.bench;

import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The lifecycle events as they lie on Kafka: their mean size, the record size the machine's limits are run with. */
final class LifecycleLog {

    private static final int SAMPLE = 50_000;

    private LifecycleLog() {
    }

    /** Mean key plus value bytes over the first records of the log (up to 50,000). */
    static int meanRecordBytes(String bootstrapServers) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.LIFECYCLE).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            long wanted = Math.min(total, SAMPLE);
            long records = 0;
            long bytes = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records < wanted && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    bytes += (record.key() == null ? 0 : record.key().length) + record.value().length;
                    records++;
                }
            }
            if (records == 0) {
                throw new IllegalStateException("no lifecycle events on " + Topics.LIFECYCLE + " to measure");
            }
            return (int) Math.round((double) bytes / records);
        }
    }
}
