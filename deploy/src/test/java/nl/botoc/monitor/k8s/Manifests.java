package nl.botoc.monitor.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rendered manifests of one kustomization, each read into its typed model: fabric8's for Kubernetes' own kinds,
 * Strimzi's api module for Kafka, KafkaNodePool and KafkaTopic, and CloudNativePG's kinds as
 * GenericKubernetesResource (no Java model of theirs is published).
 */
public final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static {
        SERIALIZATION.registerKubernetesResource(Kafka.class);
        SERIALIZATION.registerKubernetesResource(KafkaNodePool.class);
        SERIALIZATION.registerKubernetesResource(KafkaTopic.class);
    }

    private final Path folder;
    private final List<HasMetadata> objects;

    private Manifests(Path folder, List<HasMetadata> objects) {
        this.folder = folder;
        this.objects = objects;
    }

    public static Manifests of(Path kustomizationFolder) throws IOException {
        List<HasMetadata> objects = Kustomization.render(kustomizationFolder).stream().map(Manifests::typed).toList();
        return new Manifests(kustomizationFolder, objects);
    }

    private static HasMetadata typed(ObjectNode document) {
        return SERIALIZATION.unmarshal(document.toString());
    }

    public <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public <T extends HasMetadata> T named(Class<T> kind, String name) {
        return all(kind).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(folder + " has no " + kind.getSimpleName() + " " + name));
    }

    /** The resources of a kind without a Java model, by their kind's name. */
    public List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(object -> object.getKind().equals(kind)).toList();
    }

    public Deployment deployment(String service) {
        return named(Deployment.class, service);
    }

    public Path folder() {
        return folder;
    }
}
