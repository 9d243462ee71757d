package nl.botoc.monitor.registry;

import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Reads the lifecycle topic from its beginning in a consumer group of its own, as a consumer service would. */
public final class LifecycleTopic implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    public LifecycleTopic(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.LIFECYCLE));
    }

    /** Polls until the topic has given {@code count} records of the intervention, in the order they came. */
    public List<ConsumerRecord<String, String>> recordsOf(UUID interventionId, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(500)).forEach(published -> {
                if (interventionId.toString().equals(published.key())) {
                    found.add(published);
                }
            });
            return found.size() >= count;
        });
        return found;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
