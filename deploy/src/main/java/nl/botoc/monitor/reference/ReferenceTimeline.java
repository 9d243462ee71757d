package nl.botoc.monitor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The BOTOC-2022 reference timeline as the requests registry-service's public API takes: per intervention one
 * registration (with its details, measurable goals included) and then its events in order (started, adjusted,
 * cancelled, progress-reported, ...), each with an event id derived from its place in the timeline.
 */
final class ReferenceTimeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceTimeline() {
    }

    /**
     * What is sent for one intervention of the timeline.
     *
     * @param registration body for {@code POST /api/v1/municipalities/{municipality}/interventions}
     * @param events       bodies for {@code POST /api/v1/interventions/{id}/events}, in order
     */
    record InterventionRequests(String code, String municipality, ObjectNode registration, List<ObjectNode> events) {
    }

    static List<InterventionRequests> read(Path timeline) throws IOException {
        List<InterventionRequests> requests = new ArrayList<>();
        for (JsonNode intervention : JSON.readTree(timeline.toFile()).required("interventions")) {
            requests.add(requestsFor(intervention));
        }
        return requests;
    }

    private static InterventionRequests requestsFor(JsonNode intervention) {
        String code = intervention.required("code").asText();
        ObjectNode registration = JSON.createObjectNode()
                .put("eventId", eventId(code, 0).toString())
                .put("origin", intervention.required("origin").asText());
        registration.setAll((ObjectNode) intervention.required("registered"));
        registration.set("details", intervention.required("details"));

        List<ObjectNode> events = new ArrayList<>();
        for (JsonNode event : intervention.path("events")) {
            events.add(((ObjectNode) event.deepCopy()).put("eventId", eventId(code, events.size() + 1).toString()));
        }
        return new InterventionRequests(code, intervention.required("municipality").asText(), registration, events);
    }

    /** The same id for the same event of the timeline on every load. */
    static UUID eventId(String interventionCode, int index) {
        String place = "botoc-2022/" + interventionCode + "/" + index;
        return UUID.nameUUIDFromBytes(place.getBytes(StandardCharsets.UTF_8));
    }
}
