package nl.botoc.monitor.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.botoc.monitor.devjwt.DevKeys;
import nl.botoc.monitor.devjwt.DevTokens;
import nl.botoc.monitor.reference.ReferenceTimeline.InterventionRequests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sends the BOTOC-2022 reference timeline through registry-service's public API, so that it travels the
 * real log like any municipality's update: registrations with their details and measurable goals, then every
 * event, progress reports included. Each municipality's requests carry that municipality's own token, so the
 * reference data shows ownership as any municipality's updates do. Every event gets an id derived from its place in
 * the timeline ({@link ReferenceTimeline}), so loading twice stores nothing new: registry answers a repeated event
 * id as it did the first time.
 */
public final class ReferenceDataLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration NO_RETRY_AFTER = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI registry;
    private final UnaryOperator<String> tokenOfMunicipality;

    /** @param tokenOfMunicipality a bearer token of the municipality with this CBS code */
    public ReferenceDataLoader(URI registry, UnaryOperator<String> tokenOfMunicipality) {
        this.registry = registry;
        this.tokenOfMunicipality = tokenOfMunicipality;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ReferenceDataLoader <registry base URL> <timeline.json> <dev key folder>");
            System.exit(2);
        }
        DevTokens tokens = new DevTokens(DevKeys.read(Path.of(args[2])).privateKey(), Clock.systemUTC());
        int loaded = new ReferenceDataLoader(URI.create(args[0]), tokens::municipality).load(Path.of(args[1]));
        System.out.printf("loaded %d interventions from %s%n", loaded, args[1]);
    }

    /** Loads every intervention of the timeline with all its events; returns how many interventions. */
    public int load(Path timeline) throws IOException, InterruptedException {
        List<InterventionRequests> interventions = ReferenceTimeline.read(timeline);
        for (InterventionRequests intervention : interventions) {
            send(intervention);
        }
        return interventions.size();
    }

    /** Each event follows the version the previous answer named, as any client of registry does. */
    private void send(InterventionRequests intervention) throws IOException, InterruptedException {
        String token = tokenOfMunicipality.apply(intervention.municipality());
        HttpResponse<String> registered = post(
                "/api/v1/municipalities/" + intervention.municipality() + "/interventions",
                intervention.registration(), token, null);
        String interventionId = JSON.readTree(registered.body()).required("id").asText();
        String etag = registered.headers().firstValue("ETag").orElseThrow();
        for (ObjectNode event : intervention.events()) {
            etag = post("/api/v1/interventions/" + interventionId + "/events", event, token, etag)
                    .headers().firstValue("ETag").orElseThrow();
        }
    }

    private HttpResponse<String> post(String path, ObjectNode body, String token, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(registry.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // Registry answers 503 until it has read the evidence base that scan-service publishes at its start, and
        // 429 when one municipality sends faster than its rate limit; both say when to come back.
        Instant giveUp = Instant.now().plus(PATIENCE);
        while ((response.statusCode() == 503 || response.statusCode() == 429) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(retryAfter(response).toMillis());
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").filter(seconds -> seconds.matches("\\d+"))
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds))).orElse(NO_RETRY_AFTER);
    }
}
