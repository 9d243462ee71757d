package nl.botoc.monitor.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a whole topic from its first record, outside any consumer group, and may then follow it further. */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    TopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Hands every record the topic holds now to {@code each}, partition by partition in offset order. */
    void readToEnd(String topic, Consumer<ConsumerRecord<String, String>> each) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            consumer.poll(Duration.ofMillis(500)).forEach(each);
        }
    }

    /** The records that arrived after those read so far, waiting at most {@code wait} for some. */
    Iterable<ConsumerRecord<String, String>> next(Duration wait) {
        return consumer.poll(wait);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
