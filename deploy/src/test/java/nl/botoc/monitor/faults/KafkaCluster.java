package nl.botoc.monitor.faults;

import nl.botoc.monitor.contract.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import java.util.stream.IntStream;

/**
 * A KRaft cluster of one or three nodes on this machine for the fault-injection tests: every node broker and
 * controller in a process of its own (the jars of deploy/local/.kafka/libs, as botoc runs its broker), a static
 * quorum of all nodes, and the project's topics as botoc creates them, replicated to every node.
 * Node i listens on basePort + 2(i-1) and its controller on the port after; its data and kafka.log are in
 * workDir/node-i. Starting wipes workDir's nodes; closing leaves them for a post-mortem.
 */
final class KafkaCluster implements AutoCloseable {

    private static final Path ROOT =
            Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path LOCAL = ROOT.resolve("deploy/local");
    private static final Path LIBS = LOCAL.resolve(".kafka/libs");
    private static final Duration NODE_START_TIMEOUT = Duration.ofSeconds(90);
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

    private final Path workDir;
    private final int basePort;
    private final int nodes;
    private final Process[] processes;
    private final Thread killOnExit = new Thread(this::killAll, "kafka-cluster-kill-on-exit");

    private KafkaCluster(Path workDir, int basePort, int nodes) {
        this.workDir = workDir.toAbsolutePath();
        this.basePort = basePort;
        this.nodes = nodes;
        this.processes = new Process[nodes];
    }

    /** A fresh cluster of 1 or 3 nodes with the project's topics, returned once every partition is in sync. */
    static KafkaCluster start(Path workDir, int basePort, int nodes) throws IOException, InterruptedException {
        if (nodes != 1 && nodes != 3) {
            throw new IllegalArgumentException("a cluster has 1 or 3 nodes, not " + nodes);
        }
        fetchBrokerIfMissing();
        KafkaCluster cluster = new KafkaCluster(workDir, basePort, nodes);
        try {
            cluster.checkPortsFree();
            cluster.format();
            Runtime.getRuntime().addShutdownHook(cluster.killOnExit);
            for (int node = 1; node <= nodes; node++) {
                cluster.launch(node);
            }
            for (int node = 1; node <= nodes; node++) {
                cluster.awaitPort(node);
            }
            cluster.createTopics();
            cluster.awaitInSync();
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String bootstrapServers() {
        return IntStream.rangeClosed(1, nodes).mapToObj(node -> "127.0.0.1:" + brokerPort(node))
                .collect(Collectors.joining(","));
    }

    int nodes() {
        return nodes;
    }

    /** SIGKILL: the node dies at once, as in a power cut of its process. */
    void kill(int node) throws InterruptedException {
        Process process = process(node);
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGTERM (a controlled shutdown, leaders moved away), SIGKILL after 30 s. */
    void stop(int node) throws InterruptedException {
        Process process = process(node);
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Starts a stopped or killed node again on its data; returns when its broker port answers. */
    void start(int node) throws IOException, InterruptedException {
        if (isRunning(node)) {
            throw new IllegalStateException("Kafka node " + node + " runs already");
        }
        launch(node);
        awaitPort(node);
    }

    boolean isRunning(int node) {
        Process process = process(node);
        return process != null && process.isAlive();
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
                && (nodes == 1 || partition.isr().size() == nodes);
    }

    /** Stops every node (in parallel, SIGKILL after 30 s) and leaves their data. */
    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            if (process != null) {
                process.destroy();
            }
        }
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (Process process : processes) {
            if (process != null) {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
            // nothing to remove
        }
    }

    private void killAll() {
        for (Process process : processes) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    private Process process(int node) {
        if (node < 1 || node > nodes) {
            throw new IllegalArgumentException("the cluster has nodes 1 to " + nodes + ", not " + node);
        }
        return processes[node - 1];
    }

    private int brokerPort(int node) {
        return basePort + 2 * (node - 1);
    }

    private int controllerPort(int node) {
        return brokerPort(node) + 1;
    }

    private Path nodeDir(int node) {
        return workDir.resolve("node-" + node);
    }

    private static void fetchBrokerIfMissing() throws IOException, InterruptedException {
        if (Files.exists(LIBS.resolve(".complete"))) {
            return;
        }
        Process fetch = new ProcessBuilder(LOCAL.resolve("botoc").toString(), "kafka-fetch").inheritIO().start();
        if (fetch.waitFor() != 0 || !Files.exists(LIBS.resolve(".complete"))) {
            throw new IllegalStateException("deploy/local/botoc kafka-fetch failed: no Kafka jars in " + LIBS);
        }
    }

    private void checkPortsFree() {
        for (int node = 1; node <= nodes; node++) {
            for (int port : new int[] {brokerPort(node), controllerPort(node)}) {
                if (answers(port)) {
                    throw new IllegalStateException("port " + port + " is taken: a broker of an earlier run?"
                            + " (ss -ltnp | grep " + port + ")");
                }
            }
        }
    }

    /** Writes each node's server.properties and formats its storage, all with the same cluster id. */
    private void format() throws IOException, InterruptedException {
        String clusterId = Uuid.randomUuid().toString();
        List<Process> formats = new ArrayList<>();
        for (int node = 1; node <= nodes; node++) {
            Path dir = nodeDir(node);
            TestFiles.deleteRecursively(dir);
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve("server.properties"), serverProperties(node));
            formats.add(kafkaJava("kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
                    "--config", dir.resolve("server.properties").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start());
        }
        for (int node = 1; node <= nodes; node++) {
            if (formats.get(node - 1).waitFor() != 0) {
                throw new IllegalStateException("formatting node " + node + " failed:\n"
                        + Files.readString(nodeDir(node).resolve("format.log")));
            }
        }
    }

    private String serverProperties(int node) {
        int replication = nodes;
        int minInsync = nodes == 3 ? 2 : 1;
        String voters = IntStream.rangeClosed(1, nodes).mapToObj(n -> n + "@127.0.0.1:" + controllerPort(n))
                .collect(Collectors.joining(","));
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + node,
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort(node) + ",CONTROLLER://127.0.0.1:"
                        + controllerPort(node),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort(node),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + nodeDir(node).resolve("data"),
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

    private void launch(int node) throws IOException {
        Path log = nodeDir(node).resolve("kafka.log");
        Files.writeString(log, "=== started " + Instant.now() + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        processes[node - 1] = kafkaJava("kafka.Kafka", nodeDir(node).resolve("server.properties").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static ProcessBuilder kafkaJava(String mainClass, String... arguments) {
        // C1 only: half the CPU to start a node (three start at once, on two cores beside the services), and
        // ample speed for a test's load.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms128m", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", LIBS.resolve("*").toString(),
                "-Dlog4j2.configurationFile=" + LOCAL.resolve("log4j2.xml"), mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    private void awaitPort(int node) throws InterruptedException {
        Instant deadline = Instant.now().plus(NODE_START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning(node)) {
                throw new IllegalStateException("Kafka node " + node + " stopped while starting:\n" + logTail(node));
            }
            if (answers(brokerPort(node))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Kafka node " + node + " did not answer on port " + brokerPort(node)
                + " within " + NODE_START_TIMEOUT + ":\n" + logTail(node));
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    /**
     * Creates the topics once every broker has registered (earlier, a replication factor of 3 is refused),
     * and asks for the consumer offsets' coordinator, so that __consumer_offsets exists on all nodes before a
     * test kills one.
     */
    private void createTopics() throws InterruptedException {
        Instant deadline = Instant.now().plus(CLUSTER_TIMEOUT);
        try (Admin admin = admin()) {
            String lastState = "not asked yet";
            while (true) {
                try {
                    int registered = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
                    if (registered == nodes) {
                        break;
                    }
                    lastState = registered + " of " + nodes + " brokers registered";
                } catch (ExecutionException | TimeoutException e) {
                    lastState = e.toString();
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Kafka cluster did not form within " + CLUSTER_TIMEOUT
                            + ": " + lastState + "\n" + logTails());
                }
                Thread.sleep(250);
            }
            List<NewTopic> topics = TOPICS.stream().map(this::newTopic).toList();
            try {
                admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
                admin.listConsumerGroupOffsets("kafka-cluster-warm-up").partitionsToOffsetAndMetadata()
                        .get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("creating the topics failed: " + e + "\n" + logTails(), e);
            }
        }
    }

    private NewTopic newTopic(NewTopicSpec spec) {
        Map<String, String> configs = new HashMap<>(spec.configs());
        configs.put("min.insync.replicas", nodes == 3 ? "2" : "1");
        return new NewTopic(spec.name(), spec.partitions(), (short) nodes).configs(configs);
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    private String logTails() {
        return IntStream.rangeClosed(1, nodes).mapToObj(node -> "--- node " + node + "\n" + logTail(node))
                .collect(Collectors.joining("\n"));
    }

    String logTail(int node) {
        return TestFiles.tail(nodeDir(node).resolve("kafka.log"));
    }
}
