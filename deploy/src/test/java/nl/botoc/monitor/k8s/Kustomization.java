package nl.botoc.monitor.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization folder as {@code kubectl kustomize} does, for the part of Kustomize these manifests use:
 * resources (files or folders), a namespace, and JSON 6902 patches chosen by kind and name. Anything else in a
 * kustomization.yaml is refused rather than ignored, so that the tests never check something other than what a
 * cluster would get; a resource or patch file that does not exist, or a patch that matches nothing, fails too.
 */
public final class Kustomization {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> RENDERED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "patches");

    private Kustomization() {
    }

    public static List<ObjectNode> render(Path folder) throws IOException {
        Path file = folder.resolve("kustomization.yaml");
        JsonNode kustomization = YAML.readTree(file.toFile());
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!RENDERED_FIELDS.contains(field)) {
                throw new IllegalArgumentException(file + ": '" + field + "' is not rendered by this test");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = existing(folder, resource.asText());
            objects.addAll(Files.isDirectory(path) ? render(path) : documents(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            JsonNode operations = patch.has("path")
                    ? YAML.readTree(existing(folder, patch.get("path").asText()).toFile())
                    : YAML.readTree(patch.path("patch").asText());
            List<ObjectNode> targets = objects.stream().filter(object -> isTarget(patch.path("target"), object)).toList();
            if (targets.isEmpty()) {
                throw new IllegalArgumentException(file + ": a patch matches no resource: " + patch.path("target"));
            }
            targets.forEach(target -> JsonPatch.apply(target, operations));
        }
        if (kustomization.has("namespace")) {
            objects.forEach(object -> object.with("metadata").put("namespace", kustomization.get("namespace").asText()));
        }
        return objects;
    }

    /** Every YAML document of a file, as kubectl reads a multi-document manifest. */
    static List<ObjectNode> documents(Path file) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<ObjectNode> iterator = YAML.readerFor(ObjectNode.class).readValues(file.toFile())) {
            while (iterator.hasNext()) {
                documents.add(iterator.next());
            }
        }
        return documents;
    }

    private static Path existing(Path folder, String reference) {
        Path path = folder.resolve(reference).normalize();
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(folder.resolve("kustomization.yaml") + " names " + reference
                    + ", which does not exist");
        }
        return path;
    }

    private static boolean isTarget(JsonNode target, JsonNode object) {
        return object.path("kind").asText().equals(target.path("kind").asText())
                && (!target.has("name") || object.path("metadata").path("name").asText().equals(target.get("name").asText()));
    }
}
