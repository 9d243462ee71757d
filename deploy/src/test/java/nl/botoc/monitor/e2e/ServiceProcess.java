package nl.botoc.monitor.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One packaged service (target/quarkus-app/quarkus-run.jar) running as its own process, started the way
 * deploy/local/botoc starts it: plain {@code java -jar} with its settings in environment variables.
 * The fault-injection suite uses it too, to kill a service the hard way.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Path projectRoot, String name, int port, Map<String, String> environment)
            throws IOException {
        return start(projectRoot, name, name, port, projectRoot.resolve("deploy/target/e2e-logs"), environment);
    }

    /**
     * @param instance names the log file, so that two instances of one service keep their own
     */
    public static ServiceProcess start(Path projectRoot, String name, String instance, int port, Path logDir,
                                       Map<String, String> environment) throws IOException {
        Path jar = projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(instance + ".log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", jar.toString()));
        // Appends, so that the log of a restarted instance keeps what its predecessor wrote before it died.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, port, builder.start(), log);
    }

    /**
     * Starts the command as it is, in the folder, with this environment and no other: as a container runs its image's
     * entrypoint with the variables its manifest sets.
     */
    public static ServiceProcess startExactly(String name, int port, List<String> command, Path folder,
                                              Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new ServiceProcess(name, port, builder.start(), log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the service says it is ready, or fails with the tail of its log. */
    public void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + logTail());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens a moment after the process starts
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing in flight is finished, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
