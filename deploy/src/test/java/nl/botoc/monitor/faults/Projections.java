package nl.botoc.monitor.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What scan-service and reporting-service show, read through their public APIs with the ministry's token: the
 * same answers a dashboard or an analyst gets, not their tables.
 */
final class Projections {

    /** One intervention as a projection holds it: how far into its life, and under which name. */
    record Seen(long sequence, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> scan;
    private final Supplier<String> reporting;
    private final Supplier<String> ministryToken;

    /** Base URLs as suppliers: a scenario may move a service to another process between two reads. */
    Projections(Supplier<String> scan, Supplier<String> reporting, Supplier<String> ministryToken) {
        this.scan = scan;
        this.reporting = reporting;
        this.ministryToken = ministryToken;
    }

    /** scan-service's current scans of one municipality. */
    Map<UUID, Seen> scans(String municipality) throws IOException, InterruptedException {
        JsonNode scans = get(scan.get() + "/api/v1/scans?municipality=" + municipality + "&limit=" + PAGE);
        if (scans.size() >= PAGE) {
            throw new IllegalStateException("a scenario keeps each municipality under " + PAGE + " interventions");
        }
        return seen(scans);
    }

    /** reporting-service's read model of one municipality, as its dashboard shows it. */
    Map<UUID, Seen> reported(String municipality) throws IOException, InterruptedException {
        return seen(get(reporting.get() + "/api/v1/municipalities/" + municipality).path("interventions"));
    }

    /** How often each event occurs in reporting's timeline of one intervention. */
    Map<UUID, Integer> timeline(UUID interventionId) throws IOException, InterruptedException {
        Map<UUID, Integer> occurrences = new HashMap<>();
        for (JsonNode event : get(reporting.get() + "/api/v1/interventions/" + interventionId + "/events")
                .path("events")) {
            occurrences.merge(UUID.fromString(event.path("eventId").asText()), 1, Integer::sum);
        }
        return occurrences;
    }

    /** The figure the ministry quotes: interventions of one municipality in reporting's overview. */
    int counted(String municipality) throws IOException, InterruptedException {
        for (JsonNode entry : get(reporting.get() + "/api/v1/overview").path("municipalities")) {
            if (municipality.equals(entry.path("cbsCode").asText())) {
                return entry.path("interventions").asInt();
            }
        }
        return 0;
    }

    /** Events scan-service holds back until a missing predecessor arrives. */
    JsonNode gaps() throws IOException, InterruptedException {
        return get(scan.get() + "/api/v1/scans/gaps");
    }

    /** A whole answer, for comparing the state before and after a rebuild. */
    JsonNode scanDocument(String municipality) throws IOException, InterruptedException {
        return get(scan.get() + "/api/v1/scans?municipality=" + municipality + "&limit=" + PAGE);
    }

    JsonNode reportingDocument(String municipality) throws IOException, InterruptedException {
        return get(reporting.get() + "/api/v1/municipalities/" + municipality);
    }

    private static Map<UUID, Seen> seen(JsonNode interventions) {
        Map<UUID, Seen> seen = new HashMap<>();
        for (JsonNode intervention : interventions) {
            seen.put(UUID.fromString(intervention.path("interventionId").asText()),
                    new Seen(intervention.path("lifecycleSequence").asLong(), intervention.path("name").asText()));
        }
        return seen;
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + ministryToken.get()).header("Accept", "application/json").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
