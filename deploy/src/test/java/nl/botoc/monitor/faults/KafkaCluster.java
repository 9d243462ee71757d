package nl.botoc.monitor.faults;

import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A KRaft cluster of one or three nodes on this machine for the fault-injection tests: every node broker and
 * controller in a process of its own, a static quorum of all nodes, and the project's topics as botoc creates
 * them, replicated to every node. Node i listens on basePort + 2(i-1) and its controller on the port after; its
 * data and kafka.log are in workDir/node-i. Starting wipes workDir's nodes; closing leaves them for a post-mortem.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Duration CLUSTER_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String OFFSETS_TOPIC = "__consumer_offsets";

    /** The topics and how they are kept, exactly as botoc's kafka_topics creates them. */
    private static final List<NewTopicSpec> TOPICS = List.of(
            new NewTopicSpec(Topics.LIFECYCLE, 6, Map.of("cleanup.policy", "delete", "retention.ms", "-1")),
            new NewTopicSpec(Topics.SCANS, 6, Map.of("cleanup.policy", "compact")),
            new NewTopicSpec(Topics.EVIDENCE_CHANGES, 1, Map.of("cleanup.policy", "delete", "retention.ms", "-1")),
            new NewTopicSpec(Topics.LIFECYCLE_DEAD_LETTER, 1,
                    Map.of("cleanup.policy", "delete", "retention.ms", "-1")));

    private record NewTopicSpec(String name, int partitions, Map<String, String> configs) {
    }

    private final List<KafkaNode> nodes = new ArrayList<>();
    private final Thread killOnExit = new Thread(this::killAll, "kafka-cluster-kill-on-exit");

    private KafkaCluster(Path workDir, int basePort, int size) {
        for (int node = 1; node <= size; node++) {
            Path dir = workDir.toAbsolutePath().resolve("node-" + node);
            nodes.add(new KafkaNode(node, dir, basePort + 2 * (node - 1)));
        }
    }

    /** A fresh cluster of 1 or 3 nodes with the project's topics, returned once every partition is in sync. */
    static KafkaCluster start(Path workDir, int basePort, int nodes) throws IOException, InterruptedException {
        if (nodes != 1 && nodes != 3) {
            throw new IllegalArgumentException("a cluster has 1 or 3 nodes, not " + nodes);
        }
        fetchBrokerIfMissing();
        KafkaCluster cluster = new KafkaCluster(workDir, basePort, nodes);
        Runtime.getRuntime().addShutdownHook(cluster.killOnExit);
        try {
            cluster.format();
            cluster.checkPortsFree();
            for (KafkaNode node : cluster.nodes) {
                node.launch();
            }
            for (KafkaNode node : cluster.nodes) {
                node.awaitPort();
            }
            cluster.createTopics();
            cluster.awaitInSync();
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The broker's jars (deploy/local/.kafka/libs), which hold Kafka's own tools too. */
    public static Path libraries() {
        return KafkaNode.LIBS;
    }

    public String bootstrapServers() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.brokerPort()).collect(Collectors.joining(","));
    }

    /** SIGKILL: the node dies at once, as in a power cut of its process. */
    void kill(int node) throws InterruptedException {
        node(node).kill();
    }

    /** SIGTERM (a controlled shutdown, leaders moved away), SIGKILL after 30 s. */
    void stop(int node) throws InterruptedException {
        node(node).terminate();
        node(node).awaitEnd(STOP_TIMEOUT);
    }

    /** Starts a stopped or killed node again on its data; returns when its broker port answers. */
    void start(int node) throws IOException, InterruptedException {
        if (isRunning(node)) {
            throw new IllegalStateException("Kafka node " + node + " runs already");
        }
        node(node).launch();
        node(node).awaitPort();
    }

    boolean isRunning(int node) {
        return node(node).isRunning();
    }

    /**
     * Waits until every partition of the project's topics (and the consumer offsets) has a leader and, with
     * three nodes, all three replicas in sync: after {@link #start(int)}, the moment the cluster is whole again.
     */
    void awaitInSync() throws InterruptedException {
        List<String> topics = new ArrayList<>(TOPICS.stream().map(NewTopicSpec::name).toList());
        topics.add(OFFSETS_TOPIC);
        Instant deadline = Instant.now().plus(CLUSTER_TIMEOUT);
        String lastState = "not asked yet";
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                            .get(10, TimeUnit.SECONDS);
                    List<String> lagging = descriptions.values().stream()
                            .flatMap(description -> description.partitions().stream()
                                    .filter(partition -> !inSync(partition))
                                    .map(partition -> description.name() + "-" + partition.partition()
                                            + " leader " + partition.leader() + " isr " + partition.isr()))
                            .toList();
                    if (lagging.isEmpty()) {
                        return;
                    }
                    lastState = lagging.size() + " partitions not in sync, e.g. " + lagging.get(0);
                } catch (ExecutionException | TimeoutException e) {
                    lastState = e.toString();
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the Kafka cluster was not in sync within " + CLUSTER_TIMEOUT + ": "
                + lastState + "\n" + logTails());
    }

    private boolean inSync(TopicPartitionInfo partition) {
        return partition.leader() != null && !partition.leader().isEmpty()
                && (nodes.size() == 1 || partition.isr().size() == nodes.size());
    }

    /** The end of every node's kafka.log, for a failure message. */
    String logTails() {
        return nodes.stream().map(KafkaNode::logTail).collect(Collectors.joining("\n"));
    }

    /** Stops every node (all at once, SIGKILL after 30 s) and leaves their data. */
    @Override
    public void close() throws InterruptedException {
        nodes.forEach(KafkaNode::terminate);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (KafkaNode node : nodes) {
            node.awaitEnd(Duration.between(Instant.now(), deadline));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void killAll() {
        for (KafkaNode node : nodes) {
            try {
                node.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private KafkaNode node(int node) {
        if (node < 1 || node > nodes.size()) {
            throw new IllegalArgumentException("the cluster has nodes 1 to " + nodes.size() + ", not " + node);
        }
        return nodes.get(node - 1);
    }

    private static void fetchBrokerIfMissing() throws IOException, InterruptedException {
        if (Files.exists(KafkaNode.LIBS.resolve(".complete"))) {
            return;
        }
        Process fetch = new ProcessBuilder(KafkaNode.LOCAL.resolve("botoc").toString(), "kafka-fetch")
                .inheritIO().start();
        if (fetch.waitFor() != 0 || !Files.exists(KafkaNode.LIBS.resolve(".complete"))) {
            throw new IllegalStateException("botoc kafka-fetch failed: no Kafka jars in " + KafkaNode.LIBS);
        }
    }

    private void checkPortsFree() {
        for (KafkaNode node : nodes) {
            for (int port : new int[] {node.brokerPort(), node.controllerPort()}) {
                if (KafkaNode.answers(port)) {
                    throw new IllegalStateException("port " + port + " is taken by a process this run did not"
                            + " start (ss -ltnp | grep " + port + ")");
                }
            }
        }
    }

    /** Formats every node's storage, all at once and with the same cluster id. */
    private void format() throws IOException, InterruptedException {
        String clusterId = Uuid.randomUuid().toString();
        List<Process> formats = new ArrayList<>();
        for (KafkaNode node : nodes) {
            formats.add(node.startFormatting(serverProperties(node), clusterId));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (formats.get(i).waitFor() != 0) {
                throw new IllegalStateException("formatting Kafka node " + nodes.get(i).id() + " failed:\n"
                        + nodes.get(i).formatLog());
            }
        }
    }

    private String serverProperties(KafkaNode node) {
        int replication = nodes.size();
        int minInsync = replication == 3 ? 2 : 1;
        String voters = nodes.stream().map(voter -> voter.id() + "@127.0.0.1:" + voter.controllerPort())
                .collect(Collectors.joining(","));
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + node.id(),
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + node.brokerPort() + ",CONTROLLER://127.0.0.1:"
                        + node.controllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + node.brokerPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + node.dataDir(),
                "num.partitions=1",
                "default.replication.factor=" + replication,
                "min.insync.replicas=" + minInsync,
                "offsets.topic.replication.factor=" + replication,
                "transaction.state.log.replication.factor=" + replication,
                "transaction.state.log.min.isr=" + minInsync,
                "share.coordinator.state.topic.replication.factor=" + replication,
                "share.coordinator.state.topic.min.isr=" + minInsync,
                "unclean.leader.election.enable=false",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    /**
     * Creates the topics once every broker has registered (before, a replication factor of 3 is refused), then
     * asks for a consumer group's coordinator, so that __consumer_offsets exists on all nodes before a test
     * kills one.
     */
    private void createTopics() throws InterruptedException {
        try (Admin admin = admin()) {
            awaitBrokersRegistered(admin);
            try {
                admin.createTopics(TOPICS.stream().map(this::newTopic).toList()).all().get(60, TimeUnit.SECONDS);
                admin.listConsumerGroupOffsets("kafka-cluster-warm-up").partitionsToOffsetAndMetadata()
                        .get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("creating the topics failed: " + e + "\n" + logTails(), e);
            }
        }
    }

    private void awaitBrokersRegistered(Admin admin) throws InterruptedException {
        Instant deadline = Instant.now().plus(CLUSTER_TIMEOUT);
        String lastState = "not asked yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                int registered = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
                if (registered == nodes.size()) {
                    return;
                }
                lastState = registered + " of " + nodes.size() + " brokers registered";
            } catch (ExecutionException | TimeoutException e) {
                lastState = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the Kafka cluster did not form within " + CLUSTER_TIMEOUT + ": "
                + lastState + "\n" + logTails());
    }

    private NewTopic newTopic(NewTopicSpec spec) {
        Map<String, String> configs = new HashMap<>(spec.configs());
        configs.put("min.insync.replicas", nodes.size() == 3 ? "2" : "1");
        return new NewTopic(spec.name(), spec.partitions(), (short) nodes.size()).configs(configs);
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }
}
