package nl.botoc.monitor.faults;

import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the fault-injection suite's own infrastructure before any scenario leans on it: a three-node cluster
 * loses nothing it acknowledged when a node is killed, and a PostgreSQL crash restart keeps what was committed.
 */
class InfrastructureSelfTestIT {

    private static final Path WORK = Path.of(System.getProperty("project.root", "..")).toAbsolutePath()
            .normalize().resolve("deploy/target/faults-selftest");

    @Test
    void threeNodeClusterKeepsEveryAcknowledgedRecordWhenANodeIsKilled() throws Exception {
        long starting = System.nanoTime();
        try (KafkaCluster cluster = KafkaCluster.start(WORK.resolve("kafka"), 28100, 3)) {
            report("3-node cluster started, topics in sync", starting);
            assertReplicatedToThreeWithTwoInSyncRequired(cluster);
            try (KafkaProducer<String, String> producer = producer(cluster)) {
                sendAll(producer, 0, 100);
                cluster.kill(1);
                assertThat(cluster.isRunning(1)).isFalse();
                long degraded = System.nanoTime();
                sendAll(producer, 100, 200);
                report("100 records acknowledged by 2 of 3 nodes", degraded);
            }
            long restarting = System.nanoTime();
            cluster.start(1);
            report("killed node answers again", restarting);
            cluster.awaitInSync();
            report("killed node back in every in-sync replica set", restarting);
            long stopping = System.nanoTime();
            cluster.stop(2);
            report("node 2 stopped with SIGTERM", stopping);
            cluster.start(2);
            cluster.awaitInSync();
            assertThat(cluster.isRunning(2)).isTrue();

            List<String> consumed = consumeAll(cluster, Duration.ofSeconds(60));
            assertThat(consumed).hasSize(200).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 200).mapToObj(i -> "event-" + i).toList());
        }
    }

    @Test
    void postgresKeepsACommittedRowThroughACrashRestart() throws Exception {
        long starting = System.nanoTime();
        try (PostgresInstance postgres = PostgresInstance.start(WORK.resolve("postgres"), 28150, List.of("selftest"))) {
            report("fresh PostgreSQL started, database created", starting);
            assertThat(postgres.jdbcServerUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:28150");
            try (Connection held = postgres.connect("selftest"); Statement statement = held.createStatement()) {
                statement.execute("CREATE TABLE acknowledged (id text PRIMARY KEY)");
                statement.execute("INSERT INTO acknowledged VALUES ('event-1')");

                AtomicBoolean restarting = new AtomicBoolean(true);
                AtomicInteger refused = new AtomicInteger();
                Thread connector = new Thread(() -> connectUntilStopped(postgres, restarting, refused));
                connector.start();
                long restart = System.nanoTime();
                postgres.restartImmediate();
                report("PostgreSQL crash-restarted (pg_ctl restart -m immediate) and accepts connections", restart);
                restarting.set(false);
                connector.join();

                assertThat(refused.get()).as("connections refused during the restart").isPositive();
                assertThatThrownBy(() -> statement.executeQuery("SELECT 1")).isInstanceOf(SQLException.class);
            }
            try (Connection connection = postgres.connect("selftest");
                 ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM acknowledged")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("id")).isEqualTo("event-1");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    private static void assertReplicatedToThreeWithTwoInSyncRequired(KafkaCluster cluster) throws Exception {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            TopicDescription lifecycle = admin.describeTopics(List.of(Topics.LIFECYCLE)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(Topics.LIFECYCLE);
            assertThat(lifecycle.partitions()).hasSize(6)
                    .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.LIFECYCLE);
            Config topicConfig = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(topicConfig.get("min.insync.replicas").value()).isEqualTo("2");
            assertThat(topicConfig.get("retention.ms").value()).isEqualTo("-1");
        }
    }

    private static KafkaProducer<String, String> producer(KafkaCluster cluster) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends events from to until-1, keyed like interventions, and returns once Kafka acknowledged each. */
    private static void sendAll(KafkaProducer<String, String> producer, int from, int until) throws Exception {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        for (int i = from; i < until; i++) {
            acknowledgements.add(producer.send(
                    new ProducerRecord<>(Topics.LIFECYCLE, "intervention-" + i % 17, "event-" + i)));
        }
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            acknowledgement.get(120, TimeUnit.SECONDS);
        }
    }

    /** Reads the lifecycle topic from the start until nothing new comes for three seconds. */
    private static List<String> consumeAll(KafkaCluster cluster, Duration timeout) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, 6)
                    .mapToObj(partition -> new TopicPartition(Topics.LIFECYCLE, partition)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    values.add(record.value());
                    quietSince = System.nanoTime();
                }
            }
        }
        return values;
    }

    private static void connectUntilStopped(PostgresInstance postgres, AtomicBoolean running, AtomicInteger refused) {
        while (running.get()) {
            try (Connection ignored = postgres.connect("selftest")) {
                Thread.onSpinWait();
            } catch (SQLException e) {
                refused.incrementAndGet();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void report(String what, long sinceNanos) {
        System.out.printf("[faults-selftest] %s in %.1f s%n", what, (System.nanoTime() - sinceNanos) / 1e9);
    }
}
