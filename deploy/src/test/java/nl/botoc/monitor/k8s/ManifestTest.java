package nl.botoc.monitor.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests (deploy/k8s), rendered as kustomize renders them and read into typed models, checked
 * without a cluster against what the issue asks and against the services' own application.properties.
 */
class ManifestTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final List<String> SERVICES = List.of("registry-service", "scan-service", "reporting-service");
    private static final Pattern SECRET_LOOKING = Pattern.compile("PASSWORD|SECRET|KEY|TOKEN");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z0-9_]+)\\)");
    private static final String LIFECYCLE_TOPIC = "interventions.lifecycle.v1";

    @Test
    void everyKustomizationRendersWithAllItsResourcesAndPatches() throws IOException {
        List<Path> kustomizations;
        try (Stream<Path> files = Files.walk(K8S)) {
            kustomizations = files.filter(file -> file.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertThat(kustomizations).hasSize(3);
        for (Path kustomization : kustomizations) {
            assertThat(Manifests.of(kustomization.getParent()).all(Deployment.class)).as(kustomization.toString())
                    .extracting(deployment -> deployment.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(SERVICES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyContainerHasProbesResourcesAndRunsNonRootOnAReadOnlyRoot(String kustomization) throws IOException {
        for (Deployment deployment : manifests(kustomization).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            for (Container container : pod.getContainers()) {
                String what = kustomization + " " + container.getName();
                assertThat(probePath(container.getReadinessProbe())).as(what).isEqualTo("/q/health/ready");
                assertThat(probePath(container.getLivenessProbe())).as(what).isEqualTo("/q/health/live");
                assertThat(container.getResources().getRequests()).as(what).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(what).containsKeys("cpu", "memory");
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(what).isFalse();
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(what).isTrue();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(what).containsExactly("ALL");
                assertThat(volumeAt(pod, container, "/tmp").getEmptyDir()).as(what + ": /tmp").isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void noSecretIsWrittenInAnEnvironmentVariable(String kustomization) throws IOException {
        for (Deployment deployment : manifests(kustomization).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValue() != null && SECRET_LOOKING.matcher(variable.getName()).find()) {
                        // A path to a file of a mounted Secret names where the secret is, not the secret.
                        assertThat(variable.getValue()).as(kustomization + " " + variable.getName()).startsWith("/");
                        assertThat(volumeAt(pod, container, variable.getValue()).getSecret())
                                .as(kustomization + " " + variable.getName() + " must lie in a mounted Secret").isNotNull();
                    }
                }
                assertThat(variable(container, "DB_PASSWORD").getValueFrom().getSecretKeyRef()).isNotNull();
                assertThat(variable(container, "DB_USER").getValueFrom().getSecretKeyRef()).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void portsAndVariablesAreTheServicesOwn(String kustomization) throws IOException {
        Manifests manifests = manifests(kustomization);
        for (String service : SERVICES) {
            ServiceSettings settings = ServiceSettings.of(ROOT, service);
            Container container = manifests.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0);
            int port = httpPort(container);
            assertThat(port).as(service).isEqualTo(settings.httpPort());
            assertThat(manifests.named(Service.class, service).getSpec().getPorts())
                    .extracting(servicePort -> servicePort.getPort()).containsExactly(port);

            Set<String> names = container.getEnv().stream().map(EnvVar::getName).collect(Collectors.toSet());
            Set<String> referenced = container.getEnv().stream().map(EnvVar::getValue).filter(Objects::nonNull)
                    .flatMap(value -> REFERENCE.matcher(value).results().map(match -> match.group(1)))
                    .collect(Collectors.toSet());
            assertThat(names).as(kustomization + " " + service + ": variables the service does not read")
                    .allMatch(name -> settings.variables().contains(name) || settings.isPropertyOverride(name)
                            || name.equals("QUARKUS_PROFILE") || referenced.contains(name));
            assertThat(names).as(kustomization + " " + service + ": variables it cannot start without")
                    .containsAll(settings.requiredVariables(profile(container)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyTopicTheServicesNameIsAKafkaTopicTheBrokersCanHold(String kustomization) throws IOException {
        Manifests manifests = manifests(kustomization);
        Set<String> named = manifests.all(KafkaTopic.class).stream().map(topic -> topic.getSpec().getTopicName())
                .collect(Collectors.toSet());
        for (String service : SERVICES) {
            assertThat(named).as(service).containsAll(ServiceSettings.of(ROOT, service).topics());
        }
        int brokers = brokers(manifests);
        for (KafkaTopic topic : manifests.all(KafkaTopic.class)) {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "botoc");
            assertThat(topic.getSpec().getReplicas()).as(topic.getSpec().getTopicName()).isBetween(1, brokers);
            assertThat(minInsyncReplicas(topic)).isLessThanOrEqualTo(topic.getSpec().getReplicas());
        }
    }

    @Test
    void productionKeepsThreeCopiesOfEveryTopicAndWritesToTwo() throws IOException {
        Manifests production = manifests("overlays/production");
        assertThat(brokers(production)).isGreaterThanOrEqualTo(3);
        Kafka kafka = production.named(Kafka.class, "botoc");
        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3).containsEntry("auto.create.topics.enable", false);
        assertThat(production.all(KafkaTopic.class)).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.getSpec().getReplicas()).as(topic.getSpec().getTopicName()).isEqualTo(3);
            assertThat(minInsyncReplicas(topic)).as(topic.getSpec().getTopicName()).isEqualTo(2);
        });
        assertThat(postgres(production).get("instances")).isEqualTo(3);
    }

    @Test
    void localRunsOneBrokerAndOnePostgresInstance() throws IOException {
        Manifests local = manifests("overlays/local");
        assertThat(brokers(local)).isEqualTo(1);
        assertThat(postgres(local).get("instances")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void scanServiceNeverScalesBeyondTheLifecyclePartitions(String kustomization) throws IOException {
        Manifests manifests = manifests(kustomization);
        HorizontalPodAutoscaler autoscaler = manifests.named(HorizontalPodAutoscaler.class, "scan-service");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo("scan-service");
        KafkaTopic lifecycle = manifests.all(KafkaTopic.class).stream()
                .filter(topic -> topic.getSpec().getTopicName().equals(LIFECYCLE_TOPIC)).findFirst().orElseThrow();
        assertThat(autoscaler.getSpec().getMaxReplicas()).isLessThanOrEqualTo(lifecycle.getSpec().getPartitions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyServiceHasItsDatabaseOwnedByTheAccountItLogsInWith(String kustomization) throws IOException {
        Manifests manifests = manifests(kustomization);
        Map<String, Object> cluster = postgres(manifests);
        Map<String, String> ownerSecrets = ownerSecrets(cluster);
        Map<String, String> ownerOfDatabase = manifests.generic("Database").stream()
                .collect(Collectors.toMap(database -> field(database, "name"), database -> field(database, "owner")));
        Map<String, Object> initdb = nested(cluster, "bootstrap", "initdb");
        ownerOfDatabase.put((String) initdb.get("database"), (String) initdb.get("owner"));
        for (String service : SERVICES) {
            Container container = manifests.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(variable(container, "DB_URL").getValue()).isEqualTo("jdbc:postgresql://botoc-db-rw:5432");
            String database = ServiceSettings.of(ROOT, service).database();
            assertThat(ownerOfDatabase).as(service).containsKey(database);
            String secret = variable(container, "DB_PASSWORD").getValueFrom().getSecretKeyRef().getName();
            assertThat(ownerSecrets).as(service).containsEntry(ownerOfDatabase.get(database), secret);
            assertThat(variable(container, "DB_USER").getValueFrom().getSecretKeyRef().getName()).isEqualTo(secret);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyDeploymentHasADisruptionBudgetAndOnlyItsOwnWayIn(String kustomization) throws IOException {
        Manifests manifests = manifests(kustomization);
        List<NetworkPolicy> denyAll = manifests.all(NetworkPolicy.class).stream()
                .filter(policy -> policy.getSpec().getIngress().isEmpty() && policy.getSpec().getEgress().isEmpty()
                        && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))).toList();
        assertThat(denyAll).hasSize(1);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            String name = deployment.getMetadata().getName();
            assertThat(manifests.all(PodDisruptionBudget.class)).as(name)
                    .anyMatch(budget -> labels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
            assertThat(labels.entrySet()).as(name + " falls under the default deny")
                    .containsAll(denyAll.get(0).getSpec().getPodSelector().getMatchLabels().entrySet());
            int port = httpPort(deployment.getSpec().getTemplate().getSpec().getContainers().get(0));
            List<NetworkPolicy> own = manifests.all(NetworkPolicy.class).stream()
                    .filter(policy -> !policy.getSpec().getIngress().isEmpty())
                    .filter(policy -> labels.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(own).as(name).hasSize(1);
            assertThat(own.get(0).getSpec().getIngress()).flatExtracting(rule -> rule.getPorts())
                    .extracting(policyPort -> policyPort.getPort().getIntVal()).containsExactly(port);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyReportingReplicaReadsTheScansInAGroupOfItsOwn(String kustomization) throws IOException {
        Container reporting = manifests(kustomization).deployment("reporting-service").getSpec().getTemplate().getSpec()
                .getContainers().get(0);
        assertThat(variable(reporting, "POD_NAME").getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
        assertThat(variable(reporting, ServiceSettings.environmentForm("mp.messaging.incoming.interventions-scans.group.id"))
                .getValue()).contains("$(POD_NAME)");
        assertThat(variable(reporting, ServiceSettings.environmentForm("mp.messaging.incoming.interventions-lifecycle.group.id"))
                .getValue()).contains("$(POD_NAME)");
    }

    @Test
    void composeRunsEachServiceOnItsPortWithTheVariablesItReads() throws IOException {
        JsonNode compose = Kustomization.YAML.readTree(ROOT.resolve("deploy/compose/compose.yaml").toFile());
        String topicsScript = compose.path("services").path("topics").path("command").get(0).asText();
        for (String service : SERVICES) {
            ServiceSettings settings = ServiceSettings.of(ROOT, service);
            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.path("ports").get(0).asText()).isEqualTo(settings.httpPort() + ":" + settings.httpPort());
            Set<String> names = new java.util.TreeSet<>();
            definition.path("environment").fieldNames().forEachRemaining(names::add);
            assertThat(names).as(service).allMatch(name -> settings.variables().contains(name) || name.equals("QUARKUS_PROFILE"));
            assertThat(names).as(service).containsAll(settings.requiredVariables(definition.path("environment").path("QUARKUS_PROFILE").asText()));
            assertThat(ROOT.resolve("deploy/compose").resolve(definition.path("build").path("context").asText())
                    .resolve(definition.path("build").path("dockerfile").asText())).exists();
            assertThat(settings.topics()).as(service).allMatch(topic -> topicsScript.contains("create " + topic + " "));
        }
    }

    static Manifests manifests(String kustomization) throws IOException {
        return Manifests.of(K8S.resolve(kustomization));
    }

    static String profile(Container container) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals("QUARKUS_PROFILE"))
                .map(EnvVar::getValue).findFirst().orElse("prod");
    }

    static int httpPort(Container container) {
        return container.getPorts().stream().filter(port -> "http".equals(port.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElseThrow();
    }

    static EnvVar variable(Container container, String name) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no variable " + name));
    }

    static String probePath(Probe probe) {
        HTTPGetAction get = Objects.requireNonNull(probe, "probe").getHttpGet();
        assertThat(get.getPort().getStrVal()).isEqualTo("http");
        return get.getPath();
    }

    /** The volume mounted at the path or a folder above it. */
    private static Volume volumeAt(PodSpec pod, Container container, String path) {
        String volume = container.getVolumeMounts().stream()
                .filter(mount -> path.equals(mount.getMountPath()) || path.startsWith(mount.getMountPath() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError("nothing is mounted at " + path)).getName();
        return pod.getVolumes().stream().filter(candidate -> candidate.getName().equals(volume)).findFirst().orElseThrow();
    }

    private static int brokers(Manifests manifests) {
        return manifests.all(KafkaNodePool.class).stream()
                .filter(pool -> "botoc".equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }

    private static int minInsyncReplicas(KafkaTopic topic) {
        return ((Number) topic.getSpec().getConfig().get("min.insync.replicas")).intValue();
    }

    private static Map<String, Object> postgres(Manifests manifests) {
        List<GenericKubernetesResource> clusters = manifests.generic("Cluster");
        assertThat(clusters).extracting(cluster -> cluster.getMetadata().getName()).containsExactly("botoc-db");
        return nested(clusters.get(0).getAdditionalProperties(), "spec");
    }

    /** The Secret of each role: the bootstrap owner's and each managed role's. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> ownerSecrets(Map<String, Object> cluster) {
        Map<String, Object> initdb = nested(cluster, "bootstrap", "initdb");
        Map<String, String> secrets = new java.util.HashMap<>();
        secrets.put((String) initdb.get("owner"), (String) ((Map<String, Object>) initdb.get("secret")).get("name"));
        for (Map<String, Object> role : (List<Map<String, Object>>) nested(cluster, "managed").get("roles")) {
            secrets.put((String) role.get("name"), (String) ((Map<String, Object>) role.get("passwordSecret")).get("name"));
        }
        return secrets;
    }

    private static String field(GenericKubernetesResource resource, String name) {
        return (String) nested(resource.getAdditionalProperties(), "spec").get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> map, String... path) {
        Map<String, Object> current = map;
        for (String key : path) {
            current = (Map<String, Object>) Objects.requireNonNull(current.get(key), key);
        }
        return current;
    }
}
