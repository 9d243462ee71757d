package nl.botoc.monitor.e2e;

import io.restassured.specification.RequestSpecification;
import nl.botoc.monitor.devjwt.DevKeys;
import nl.botoc.monitor.devjwt.DevTokens;
import nl.botoc.monitor.reference.ReferenceDataLoader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A whole system of its own for one test class: a fresh Kafka broker (started by deploy/local/botoc, as
 * `up` does) and registry-, scan- and reporting-service as separate processes on emptied *_e2e databases.
 * Nothing of other tests can reach its figures, so a test may assert exact counts.
 * <p>
 * The services run as {@code botoc up} runs them: in the {@code local} profile, trusting a development key pair
 * (here one of the tests' own, in deploy/target/e2e-dev-jwt), and the tests sign their tokens with the same tool
 * {@code botoc token} uses. So reporting's local login signs as the tests sign, and no security setting is changed
 * for the tests' sake.
 */
public final class RunningSystem implements BeforeAllCallback, AfterAllCallback {

    /** Ports start here (E2E_PORT_BASE, default 18080), so two checkouts can run their tests side by side. */
    private static final int PORT_BASE = Integer.parseInt(System.getenv().getOrDefault("E2E_PORT_BASE", "18080"));
    static final int REGISTRY_PORT = PORT_BASE + 1;
    static final int SCAN_PORT = PORT_BASE + 2;
    static final int REPORTING_PORT = PORT_BASE + 3;
    /** The broker's controller takes the port after this one. */
    private static final int KAFKA_PORT = PORT_BASE + 10;
    private static final String KAFKA_NAME = "kafka-e2e";

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path DEV_KEYS = ROOT.resolve("deploy/target/e2e-dev-jwt");

    private static RunningSystem current;
    private static DevTokens tokens;

    private final List<ServiceProcess> services = new ArrayList<>();
    private int restarts;

    static String registry() {
        return "http://127.0.0.1:" + REGISTRY_PORT;
    }

    static String scan() {
        return "http://127.0.0.1:" + SCAN_PORT;
    }

    static String reporting() {
        return "http://127.0.0.1:" + REPORTING_PORT;
    }

    static String kafka() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    /** Tokens the running services trust, as {@code deploy/local/botoc token} prints them. */
    static DevTokens tokens() {
        return tokens;
    }

    /** A request by a project leader of the municipality with this CBS code. */
    static RequestSpecification asMunicipality(String cbsCode) {
        return given().auth().oauth2(tokens.municipality(cbsCode));
    }

    /** A request by the ministry, which reads everything. */
    static RequestSpecification asMinistry() {
        return given().auth().oauth2(tokens.ministry());
    }

    static RequestSpecification asResearcher() {
        return given().auth().oauth2(tokens.researcher());
    }

    /** Sends each municipality's part of a timeline with that municipality's own token, as {@code botoc up} does. */
    static ReferenceDataLoader referenceDataLoader() {
        return new ReferenceDataLoader(URI.create(registry()), tokens::municipality);
    }

    /** Registry's view of one intervention (id, version, ...), found by its municipality and code. */
    static Map<String, Object> registryIntervention(String cbsCode, String code) {
        return asMunicipality(cbsCode).get(registry() + "/api/v1/municipalities/{cbsCode}/interventions", cbsCode)
                .then().statusCode(200).extract().jsonPath().getMap("find { it.code == '" + code + "' }");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        tokens = new DevTokens(DevKeys.createIfAbsent(DEV_KEYS).privateKey(), Clock.systemUTC());
        botoc("kafka-fresh", KAFKA_NAME, Integer.toString(KAFKA_PORT));
        services.add(start("registry-service", REGISTRY_PORT, "registry"));
        services.add(start("scan-service", SCAN_PORT, "scan"));
        // Only reporting signs (its local login); the others only verify.
        services.add(start("reporting-service", REPORTING_PORT, "reporting",
                Map.of("BOTOC_DEV_JWT_PRIVATE_KEY", DEV_KEYS.resolve(DevKeys.PRIVATE_KEY).toString())));
        for (ServiceProcess service : services) {
            service.awaitReady();
        }
        awaitRegistryKnowsTheEvidenceBase();
        current = this;
    }

    /**
     * Registry accepts theme and factor codes only once it has read the evidence base that scan-service
     * publishes when it first starts; its readiness says when (without waiting for it, by design).
     */
    private static void awaitRegistryKnowsTheEvidenceBase() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> Boolean.TRUE.equals(
                given().get(registry() + "/q/health/ready").then().extract().jsonPath()
                        .get("checks.find { it.name == 'evidence-base' }.data.known")));
    }

    /**
     * Replaces scan-service by a new process on an emptied database and a new consumer group, so that it
     * rebuilds everything by re-consuming the logs from the start.
     */
    static void restartScanServiceFromScratch() throws Exception {
        RunningSystem system = current;
        ServiceProcess old = system.services.get(1);
        old.close();
        ServiceProcess fresh = system.start("scan-service", SCAN_PORT, "scan",
                Map.of("MP_MESSAGING_INCOMING_INTERVENTIONS_LIFECYCLE_GROUP_ID", "scan-replay-" + ++system.restarts));
        system.services.set(1, fresh);
        fresh.awaitReady();
    }

    private ServiceProcess start(String name, int port, String database) throws IOException {
        return start(name, port, database, Map.of());
    }

    private ServiceProcess start(String name, int port, String database, Map<String, String> extra)
            throws IOException {
        String dbServer = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432");
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("BOTOC_DEV_JWT_PUBLIC_KEY", DEV_KEYS.resolve(DevKeys.PUBLIC_KEY).toString());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", dbServer + "/" + database + "_e2e");
        environment.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        environment.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        return ServiceProcess.start(ROOT, name, port, environment);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        botoc("stop", KAFKA_NAME);
        current = null;
    }

    private static void botoc(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("deploy/local/botoc").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("botoc " + String.join(" ", arguments) + " failed");
        }
    }
}
