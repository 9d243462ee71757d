package nl.botoc.monitor.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The tests' own topics, made before the application starts (auto topic creation is off): the lifecycle topic,
 * which scan-service's tests must not see, and the evidence topic, emptied and given the report's evidence base as
 * version 1, since the shared one holds whatever versions other services' tests published.
 */
public class TestTopics implements QuarkusTestResourceLifecycleManager {

    public static final String LIFECYCLE = "reporting-test.interventions.lifecycle";
    public static final String EVIDENCE = "reporting-test.evidence.changes";
    public static final String BOOTSTRAP_SERVERS =
            System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    @Override
    public Map<String, String> start() {
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS))) {
            create(admin, new NewTopic(LIFECYCLE, 3, (short) 1));
            create(admin, new NewTopic(EVIDENCE, 1, (short) 1));
            empty(admin, new TopicPartition(EVIDENCE, 0));
        }
        publishEvidence(TestEvidence.base());
        return Map.of();
    }

    /** Publishes an evidence base as scan-service does, keyed by the synthesis. */
    public static void publishEvidence(EvidenceBase base) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            await(producer.send(new ProducerRecord<>(EVIDENCE, "kennissynthese", TestEvidence.changed(base))));
        }
    }

    private static void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic.name(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void empty(Admin admin, TopicPartition partition) {
        long end = await(admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)).offset();
        await(admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(end))).all());
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // The topics stay for the next run, which empties the evidence topic first.
    }
}
