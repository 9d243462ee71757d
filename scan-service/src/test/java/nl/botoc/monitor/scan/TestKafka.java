package nl.botoc.monitor.scan;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Plain Kafka clients for tests, on the broker the service under test uses: nothing of the service's own. */
public final class TestKafka implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public TestKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Writes the event to the lifecycle topic keyed by its intervention, as registry-service does. */
    public RecordMetadata send(LifecycleEvent event) {
        return send(event.interventionId().toString(), EventJson.write(event));
    }

    /** Writes any value to the lifecycle topic; returns once the broker has it. */
    public RecordMetadata send(String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(Topics.LIFECYCLE, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write to " + Topics.LIFECYCLE, e);
        }
    }

    /** A reader of the topic from where it ends now, so it sees only what is written from here on. */
    public Tail tail(String topic) {
        return new Tail(topic);
    }

    @Override
    public void close() {
        producer.close();
    }

    /** Reads every partition of one topic from the end it had when the tail was made. */
    public final class Tail implements AutoCloseable {
        private final String topic;
        private final KafkaConsumer<String, String> consumer;
        private final Deque<ConsumerRecord<String, String>> polled = new ArrayDeque<>();

        private Tail(String topic) {
            this.topic = topic;
            this.consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                    new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            // seekToEnd is lazy; asking the position fixes "the end" now rather than at the first poll
            partitions.forEach(consumer::position);
        }

        /**
         * The first record from here on that matches and was not returned before; fails when none arrives within the
         * timeout. Records polled after it stay for the next call, so that two awaited in a row may come in one poll.
         */
        public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matches,
                                                          Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                while (!polled.isEmpty()) {
                    ConsumerRecord<String, String> record = polled.poll();
                    if (matches.test(record)) {
                        return record;
                    }
                }
                consumer.poll(Duration.ofMillis(200)).forEach(polled::add);
            }
            throw new AssertionError("no matching record on " + topic + " within " + timeout);
        }

        /** Every record that arrives within {@code period}: for asserting that nothing (of a kind) arrives. */
        public List<ConsumerRecord<String, String>> recordsWithin(Duration period) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>(polled);
            polled.clear();
            Instant end = Instant.now().plus(period);
            while (Instant.now().isBefore(end)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
