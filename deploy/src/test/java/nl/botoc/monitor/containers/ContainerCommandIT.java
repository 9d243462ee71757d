package nl.botoc.monitor.containers;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import nl.botoc.monitor.devjwt.DevKeys;
import nl.botoc.monitor.e2e.ServiceProcess;
import nl.botoc.monitor.faults.PostgresInstance;
import nl.botoc.monitor.k8s.Manifests;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What can be checked of the images and the Kubernetes manifests without a registry or a cluster: each packaged
 * service starts with exactly its image's entrypoint (Dockerfile.jvm), working folder, user and environment plus the
 * variables its Deployment sets (values: a PostgreSQL and a broker of this test's own), from a copy of its application
 * folder it cannot write to, as on the read-only root filesystem; and then the probes the Deployment names answer UP
 * on the port it names, and reporting reads the scans in the consumer group its pod name gives it.
 */
class ContainerCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("deploy/target/containers-it");
    private static final List<String> SERVICES = List.of("registry-service", "scan-service", "reporting-service");
    private static final String KAFKA_NAME = "kafka-containers";
    private static final int KAFKA_PORT = 18390;
    private static final int POSTGRES_PORT = 18332;
    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z0-9_]+)\\)");
    private static final String POD_SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyServiceStartsAsItsImageAndDeploymentSayAndAnswersItsProbes() throws Exception {
        Manifests manifests = Manifests.of(ROOT.resolve("deploy/k8s/base"));
        for (String service : SERVICES) {
            int port = containerPort(container(manifests, service));
            try (ServerSocket free = new ServerSocket(port)) {
                assertThat(free.getLocalPort()).isEqualTo(port);
            } catch (IOException taken) {
                throw new IllegalStateException("port " + port + " of " + service + " is taken on this machine (a running"
                        + " `deploy/local/botoc up`?): the check runs the services on the ports the manifests name", taken);
            }
        }
        deleteWritable(WORK);
        Files.createDirectories(WORK);
        DevKeys.createIfAbsent(WORK.resolve("oidc-keys"));
        botoc("kafka-fresh", KAFKA_NAME, Integer.toString(KAFKA_PORT));
        List<ServiceProcess> running = new ArrayList<>();
        try (PostgresInstance postgres = PostgresInstance.start(WORK.resolve("postgres"), POSTGRES_PORT,
                List.of("registry", "scan", "reporting"))) {
            Map<String, String> thisMachine = Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PORT,
                    "DB_URL", postgres.jdbcServerUrl(),
                    // The services would fetch the provider's keys from its URL; here they are a file of this test's.
                    "BOTOC_OIDC_JWKS_URL", WORK.resolve("oidc-keys").resolve(DevKeys.PUBLIC_KEY).toUri().toString());
            for (String service : SERVICES) {
                running.add(startAsContainer(manifests, service, thisMachine));
            }
            for (int i = 0; i < SERVICES.size(); i++) {
                running.get(i).awaitReady();
                if (isRoot()) {
                    assertThat(userIdOf(running.get(i).pid())).as(SERVICES.get(i))
                            .isEqualTo(ImageDefinition.of(ROOT, SERVICES.get(i)).user());
                }
                assertProbesAnswerUp(container(manifests, SERVICES.get(i)));
            }
            assertThat(consumerGroups()).contains("reporting-service-" + podName("reporting-service"),
                    "reporting-lifecycle-" + podName("reporting-service"));
        } finally {
            for (ServiceProcess service : running) {
                service.close();
            }
            botoc("stop", KAFKA_NAME);
        }
    }

    private ServiceProcess startAsContainer(Manifests manifests, String service, Map<String, String> thisMachine)
            throws IOException {
        ImageDefinition image = ImageDefinition.of(ROOT, service);
        Container container = container(manifests, service);
        PodSpec pod = manifests.deployment(service).getSpec().getTemplate().getSpec();
        assertThat(container.getCommand()).as(service + " runs its image's entrypoint").isEmpty();
        assertThat(container.getArgs()).as(service).isEmpty();
        assertThat(image.user()).as(service).isEqualTo(pod.getSecurityContext().getRunAsUser().toString());
        assertThat(image.exposedPort()).as(service).isEqualTo(containerPort(container));
        assertThat(image.workdir()).as(service).isEqualTo(image.applicationFolder());

        Path application = readOnlyCopy(service, image.applicationFolder());
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + image.user(), "--regid=" + image.user(), "--clear-groups", "--"));
        }
        for (String word : image.entrypoint()) {
            command.add(word.equals("java") ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                    : word.replace(image.applicationFolder(), application.toString()));
        }
        Map<String, String> environment = new LinkedHashMap<>(image.environment());
        Set<String> replaced = new HashSet<>();
        for (EnvVar variable : container.getEnv()) {
            if (thisMachine.containsKey(variable.getName())) {
                environment.put(variable.getName(), thisMachine.get(variable.getName()));
                replaced.add(variable.getName());
            } else {
                environment.put(variable.getName(), valueHere(manifests, service, variable, environment));
            }
        }
        assertThat(replaced).as(service + " names every variable this test gives a value of this machine")
                .isEqualTo(thisMachine.keySet());
        Path log = WORK.resolve(service + ".log");
        return ServiceProcess.startExactly(service, containerPort(container), command, application, environment, log);
    }

    /** The value Kubernetes would give the variable, with this machine's accounts in place of the Secrets. */
    private static String valueHere(Manifests manifests, String service, EnvVar variable, Map<String, String> before) {
        EnvVarSource source = variable.getValueFrom();
        if (source == null) {
            Matcher reference = REFERENCE.matcher(variable.getValue());
            return reference.replaceAll(match -> Matcher.quoteReplacement(before.get(match.group(1))));
        }
        if (source.getSecretKeyRef() != null) {
            // The local PostgreSQL server of PostgresInstance: user postgres, trust.
            return source.getSecretKeyRef().getKey().equals("username") ? PostgresInstance.USER : "";
        }
        if (source.getConfigMapKeyRef() != null) {
            return manifests.named(ConfigMap.class, source.getConfigMapKeyRef().getName()).getData()
                    .get(source.getConfigMapKeyRef().getKey());
        }
        if (source.getFieldRef() != null && source.getFieldRef().getFieldPath().equals("metadata.name")) {
            return podName(service);
        }
        throw new AssertionError(service + ": " + variable.getName() + " comes from a source this test does not know");
    }

    private void assertProbesAnswerUp(Container container) throws IOException, InterruptedException {
        int port = containerPort(container);
        for (Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())) {
            String path = probe.getHttpGet().getPath();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(container.getName() + " " + path).isEqualTo(200);
            assertThat(answer.body()).as(container.getName() + " " + path).contains("\"status\": \"UP\"");
        }
    }

    /** The real user id of a running process, from /proc. */
    private static String userIdOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
    }

    private static Set<String> consumerGroups() {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + KAFKA_PORT);
        Set<String> groups = new HashSet<>();
        try (Admin admin = Admin.create(settings)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId).forEach(groups::add);
                return groups.stream().filter(group -> group.endsWith(podName("reporting-service"))).count() == 2;
            });
        }
        return groups;
    }

    /** The application folder as the image holds it: readable by the container's user, writable by nobody. */
    private static Path readOnlyCopy(String service, String imageFolder) throws IOException {
        Path source = ROOT.resolve(service).resolve("target/quarkus-app");
        Path copy = WORK.resolve(service + Path.of(imageFolder).toAbsolutePath());
        Files.createDirectories(copy.getParent());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(source.relativize(file).toString()));
            }
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        return copy;
    }

    /** Deletes an earlier run's folder, read-only copies included. */
    private static void deleteWritable(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(folder).filter(Files::isDirectory)) {
            for (Path writable : (Iterable<Path>) folders::iterator) {
                Files.setPosixFilePermissions(writable, PosixFilePermissions.fromString("rwx------"));
            }
        }
        try (Stream<Path> files = Files.walk(folder).sorted(Comparator.reverseOrder())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
    }

    private static Container container(Manifests manifests, String service) {
        return manifests.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static int containerPort(Container container) {
        return container.getPorts().get(0).getContainerPort();
    }

    private static String podName(String service) {
        return service + "-" + POD_SUFFIX;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void botoc(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("deploy/local/botoc").toString()));
        command.addAll(List.of(arguments));
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("botoc " + String.join(" ", arguments) + " failed");
        }
    }
}
