package nl.botoc.monitor.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a {@link KafkaCluster}: broker and controller in a process of its own (the jars of
 * deploy/local/.kafka/libs, as botoc runs its broker), with server.properties, data, kafka.log and kafka.pid in
 * its directory.
 */
final class KafkaNode {

    static final Path LOCAL = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize()
            .resolve("deploy/local");
    static final Path LIBS = LOCAL.resolve(".kafka/libs");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final int id;
    private final Path dir;
    private final int brokerPort;
    private Process process;

    KafkaNode(int id, Path dir, int brokerPort) {
        this.id = id;
        this.dir = dir;
        this.brokerPort = brokerPort;
    }

    int id() {
        return id;
    }

    int brokerPort() {
        return brokerPort;
    }

    int controllerPort() {
        return brokerPort + 1;
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    /**
     * Ends a node process an aborted earlier run left on this directory, empties it, writes server.properties
     * and starts formatting the storage; the caller waits for the returned process.
     */
    Process startFormatting(String serverProperties, String clusterId) throws IOException, InterruptedException {
        killLeftOver();
        TestFiles.deleteRecursively(dir);
        Files.createDirectories(dataDir());
        Files.writeString(dir.resolve("server.properties"), serverProperties);
        return kafkaJava("kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
                "--config", dir.resolve("server.properties").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
    }

    String formatLog() throws IOException {
        return Files.readString(dir.resolve("format.log"));
    }

    void launch() throws IOException {
        Path log = dir.resolve("kafka.log");
        Files.writeString(log, "=== started " + Instant.now() + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        process = kafkaJava("kafka.Kafka", dir.resolve("server.properties").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Files.writeString(dir.resolve("kafka.pid"), Long.toString(process.pid()));
    }

    /** Waits until the broker port answers, or fails with the tail of the node's log. */
    void awaitPort() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new IllegalStateException("Kafka node " + id + " stopped while starting:\n" + logTail());
            }
            if (answers(brokerPort)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Kafka node " + id + " did not answer on port " + brokerPort + " within "
                + START_TIMEOUT + ":\n" + logTail());
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Sends SIGTERM (a controlled shutdown) without waiting. */
    void terminate() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Waits for the process to end after {@link #terminate()}, and kills it when the time is up. */
    void awaitEnd(Duration timeout) throws InterruptedException {
        if (process != null && !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    String logTail() {
        Path log = dir.resolve("kafka.log");
        return "--- Kafka node " + id + " (" + log + ")\n" + TestFiles.tail(log);
    }

    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    /** Kills the process kafka.pid names, if it still runs this node's server.properties. */
    private void killLeftOver() throws IOException {
        Path pidFile = dir.resolve("kafka.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String properties = dir.resolve("server.properties").toString();
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                .filter(handle -> handle.info().arguments().map(List::of).orElse(List.of()).contains(properties))
                .ifPresent(handle -> {
                    handle.destroyForcibly();
                    handle.onExit().join();
                });
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
}
