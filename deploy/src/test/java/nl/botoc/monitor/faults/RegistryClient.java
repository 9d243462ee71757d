package nl.botoc.monitor.faults;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A municipality's client as the README asks it to behave: an answer it did not get (timeout, reset connection,
 * 5xx, 429) leaves the outcome unknown, so it sends the very same request again, same event id and same
 * If-Match, until registry gives a definitive answer or the client gives up.
 */
final class RegistryClient {

    /** How long one request waits for its answer; a killed registry leaves it waiting otherwise. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A definitive answer: 2xx or a 4xx other than 429. */
    record Answer(int status, String location, long version, Map<String, Object> body) {

        boolean acknowledged() {
            return status == 200 || status == 201;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI registry;
    private final Function<String, String> tokenFor;
    private final Ledger ledger;
    private final Duration giveUpAfter;

    RegistryClient(URI registry, Function<String, String> tokenFor, Ledger ledger, Duration giveUpAfter) {
        this.registry = registry;
        this.tokenFor = tokenFor;
        this.ledger = ledger;
        this.giveUpAfter = giveUpAfter;
    }

    Optional<Answer> register(String municipality, Map<String, Object> body) throws InterruptedException {
        return send(municipality, "/api/v1/municipalities/" + municipality + "/interventions", null, body);
    }

    Optional<Answer> record(String municipality, UUID interventionId, long ifMatch, Map<String, Object> body)
            throws InterruptedException {
        return send(municipality, "/api/v1/interventions/" + interventionId + "/events", ifMatch, body);
    }

    /** The same request until a definitive answer; empty when the client gave up (the outcome stays unknown). */
    private Optional<Answer> send(String municipality, String path, Long ifMatch, Map<String, Object> body)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(registry.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokenFor.apply(municipality))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        Instant deadline = Instant.now().plus(giveUpAfter);
        Duration pause = FIRST_PAUSE;
        while (Instant.now().isBefore(deadline)) {
            Duration wait = pause;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status < 500 && status != 429) {
                    return Optional.of(answer(response));
                }
                if (status == 503 && isProblem(response)) {
                    ledger.serviceUnavailable();
                } else if (status >= 500) {
                    ledger.serverError();
                }
                wait = retryAfter(response).orElse(pause);
            } catch (IOException noAnswer) {
                // timeout, refused or reset connection: the outcome is unknown, so ask again
            }
            Thread.sleep(wait.toMillis());
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        return Optional.empty();
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)));
    }

    @SuppressWarnings("unchecked")
    private static Answer answer(HttpResponse<String> response) throws IOException {
        long version = response.headers().firstValue("ETag").map(tag -> Long.parseLong(tag.replace("\"", "")))
                .orElse(0L);
        Map<String, Object> body = response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), version, body);
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
