package nl.botoc.monitor.faults;

import nl.botoc.monitor.devjwt.DevKeys;
import nl.botoc.monitor.devjwt.DevTokens;
import nl.botoc.monitor.e2e.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on this machine, with every part owned by the suite so that it may be broken: a Kafka cluster
 * (one node or three), a PostgreSQL server of its own (so it can be restarted without touching the machine's), and
 * the three packaged services as processes in the local profile, as {@code botoc up} runs them.
 */
public final class FaultSystem implements AutoCloseable {

    public enum Service {
        REGISTRY("registry-service", "registry", 1),
        SCAN("scan-service", "scan", 2),
        REPORTING("reporting-service", "reporting", 3);

        public final String module;
        final String database;
        final int portOffset;

        Service(String module, String database, int portOffset) {
            this.module = module;
            this.database = database;
            this.portOffset = portOffset;
        }
    }

    /** A second scan-service, in the same consumer group and on the same database as the first. */
    private static final int SECOND_SCAN_OFFSET = 4;

    public static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private final Path workDir;
    private final int portBase;
    private final KafkaCluster kafka;
    private final PostgresInstance postgres;
    private final Path devKeys;
    private final DevTokens tokens;
    private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);
    private ServiceProcess secondScan;

    static FaultSystem start(String name, int portBase, int brokers) throws Exception {
        return start(name, portBase, brokers, Map.of());
    }

    /** @param extra environment of a service beyond the local profile's, e.g. a higher rate limit */
    public static FaultSystem start(String name, int portBase, int brokers, Map<Service, Map<String, String>> extra)
            throws Exception {
        Path workDir = ROOT.resolve("deploy/target/faults/" + name);
        KafkaCluster kafka = KafkaCluster.start(workDir.resolve("kafka"), portBase + 10, brokers);
        PostgresInstance postgres = PostgresInstance.start(workDir.resolve("postgres"), portBase + 30,
                List.of("registry", "scan", "reporting"));
        FaultSystem system = new FaultSystem(workDir, portBase, kafka, postgres);
        // Should the test JVM be stopped before its @AfterAll, no service or database may outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(system::closeQuietly, "fault-system-close-on-exit"));
        try {
            for (Service service : Service.values()) {
                system.running.put(service, system.launch(service, service.module, service.portOffset,
                        extra.getOrDefault(service, Map.of())));
            }
            for (ServiceProcess process : system.running.values()) {
                process.awaitReady();
            }
            system.awaitRegistryKnowsTheEvidenceBase();
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    private FaultSystem(Path workDir, int portBase, KafkaCluster kafka, PostgresInstance postgres)
            throws IOException {
        this.workDir = workDir;
        this.portBase = portBase;
        this.kafka = kafka;
        this.postgres = postgres;
        this.devKeys = workDir.resolve("dev-jwt");
        this.tokens = new DevTokens(DevKeys.createIfAbsent(devKeys).privateKey(), Clock.systemUTC());
    }

    public KafkaCluster kafka() {
        return kafka;
    }

    public PostgresInstance postgres() {
        return postgres;
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + (portBase + service.portOffset);
    }

    public DevTokens tokens() {
        return tokens;
    }

    /** The process id of a running service, for its memory figures in /proc. */
    public long pid(Service service) {
        return running.get(service).pid();
    }

    RegistryClient client(Ledger ledger, Duration giveUpAfter) {
        return new RegistryClient(URI.create(url(Service.REGISTRY)), tokens::municipality, ledger, giveUpAfter);
    }

    Projections projections() {
        return new Projections(() -> url(Service.SCAN), () -> url(Service.REPORTING), tokens::ministry);
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill(Service service) throws InterruptedException {
        running.get(service).kill();
    }

    /** Stops a service the polite way (SIGTERM), as an orchestrator does before moving it. */
    public void stop(Service service) throws InterruptedException {
        running.get(service).close();
    }

    /** Starts the service again on its port and database, with the settings it had, and waits until it is ready. */
    public void restart(Service service, Map<String, String> extra) throws Exception {
        ServiceProcess process = launch(service, service.module, service.portOffset, extra);
        running.put(service, process);
        process.awaitReady();
    }

    void restart(Service service) throws Exception {
        restart(service, Map.of());
    }

    /** Starts a second scan-service next to the first: same consumer group, same database, its own port. */
    ServiceProcess startSecondScan() throws Exception {
        secondScan = launch(Service.SCAN, "scan-service-2", SECOND_SCAN_OFFSET, Map.of());
        secondScan.awaitReady();
        return secondScan;
    }

    ServiceProcess secondScan() {
        return secondScan;
    }

    private ServiceProcess launch(Service service, String instance, int portOffset, Map<String, String> extra)
            throws IOException {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("BOTOC_DEV_JWT_PUBLIC_KEY", devKeys.resolve(DevKeys.PUBLIC_KEY).toString());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcServerUrl() + "/" + service.database);
        if (service == Service.REPORTING) {
            environment.put("BOTOC_DEV_JWT_PRIVATE_KEY", devKeys.resolve(DevKeys.PRIVATE_KEY).toString());
        }
        return ServiceProcess.start(ROOT, service.module, instance, portBase + portOffset, workDir.resolve("logs"),
                environment);
    }

    /** Registry takes codes only once it has read the evidence base scan-service publishes on its first start. */
    private void awaitRegistryKnowsTheEvidenceBase() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(Service.REGISTRY) + "/q/health/ready")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(ready, HttpResponse.BodyHandlers.ofString()).body();
            if (body.replace(" ", "").contains("\"known\":true")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("registry did not learn the evidence base within 60 s");
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception alreadyGone) {
            // the JVM ends; what could be stopped is stopped
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (secondScan != null) {
            secondScan.close();
        }
        for (ServiceProcess process : running.values()) {
            process.close();
        }
        kafka.close();
        postgres.close();
    }
}
