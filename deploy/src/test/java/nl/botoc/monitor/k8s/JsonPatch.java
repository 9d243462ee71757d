package nl.botoc.monitor.k8s;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The add, replace and remove operations of RFC 6902, the ones the overlays' patches use; any other is refused. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, JsonNode operations) {
        if (!operations.isArray()) {
            throw new IllegalArgumentException("not a JSON 6902 patch (a list of operations): " + operations);
        }
        for (JsonNode operation : operations) {
            JsonPointer path = JsonPointer.compile(operation.path("path").asText());
            JsonNode parent = target.at(path.head());
            String last = path.last().getMatchingProperty();
            String op = operation.path("op").asText();
            if (parent.isArray()) {
                applyToList((ArrayNode) parent, op, last, operation);
            } else if (parent.isObject()) {
                applyToObject((ObjectNode) parent, op, last, operation);
            } else {
                throw new IllegalArgumentException(op + " " + path + ": its parent does not exist");
            }
        }
    }

    private static void applyToObject(ObjectNode parent, String op, String field, JsonNode operation) {
        if (!op.equals("add") && !parent.has(field)) {
            throw new IllegalArgumentException(op + " " + operation.path("path").asText() + ": nothing there");
        }
        switch (op) {
            case "add", "replace" -> parent.set(field, operation.get("value"));
            case "remove" -> parent.remove(field);
            default -> throw new IllegalArgumentException("operation " + op + " is not applied by this test");
        }
    }

    private static void applyToList(ArrayNode parent, String op, String index, JsonNode operation) {
        if (op.equals("add") && index.equals("-")) {
            parent.add(operation.get("value"));
            return;
        }
        int position = Integer.parseInt(index);
        switch (op) {
            case "add" -> parent.insert(position, operation.get("value"));
            case "replace" -> parent.set(position, operation.get("value"));
            case "remove" -> parent.remove(position);
            default -> throw new IllegalArgumentException("operation " + op + " is not applied by this test");
        }
    }
}
