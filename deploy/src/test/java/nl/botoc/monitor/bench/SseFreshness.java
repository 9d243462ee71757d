package nl.botoc.monitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Freshness as a dashboard sees it: from registry's 201 for an event to the first 'changed' server-sent event of
 * reporting's {@code /api/v1/changes/stream} that carries it. A push names the interventions whose pages changed,
 * or, when many changed within one push interval (as at 1,000 events/s), says only "everything"; then this client
 * asks reporting's intervention report whether its lifecycle position already reaches the event, as a page
 * refreshing on that push would see. The question is asked right after the push arrives, so a state that advanced
 * in between makes a figure at most that round trip too low. A sample is followed, at most {@link #FOLLOWED} events
 * at a time (one per intervention), so that the questions stay a small part of the load.
 */
final class SseFreshness implements Ingest.Acknowledgements, AutoCloseable {

    /** What was measured: latencies of the followed events seen, and how many were not seen within the grace. */
    record Result(Histogram latencyMicros, long followed, long unseen) {
    }

    private record Followed(long version, long answeredNanos) {
    }

    private static final int FOLLOWED = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String reporting;
    private final String bearer;
    private final Map<UUID, Followed> waiting = new ConcurrentHashMap<>();
    private final Histogram latency = new ConcurrentHistogram(600_000_000L, 3);
    private final AtomicLong followed = new AtomicLong();
    private final ExecutorService pushes = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "bench-sse");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<HttpResponse<Stream<String>>> stream;
    private volatile boolean measuring;

    private SseFreshness(HttpClient http, String reporting, String bearer) {
        this.http = http;
        this.reporting = reporting;
        this.bearer = bearer;
        HttpRequest request = HttpRequest.newBuilder(URI.create(reporting + "/api/v1/changes/stream"))
                .header("Authorization", "Bearer " + bearer).header("Accept", "text/event-stream").GET().build();
        stream = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        stream.thenAcceptAsync(response -> response.body().forEach(this::line), pushes);
    }

    /** Opens the ministry's change stream; nothing is followed until {@link #measure()}. */
    static SseFreshness listen(HttpClient http, String reporting, String ministryToken) throws Exception {
        SseFreshness freshness = new SseFreshness(http, reporting, ministryToken);
        int status = freshness.stream.get(30, TimeUnit.SECONDS).statusCode();
        if (status != 200) {
            throw new IllegalStateException("the change stream answered " + status);
        }
        return freshness;
    }

    void measure() {
        measuring = true;
    }

    @Override
    public void acknowledged(UUID intervention, long version, long answeredNanos) {
        if (measuring && waiting.size() < FOLLOWED
                && waiting.putIfAbsent(intervention, new Followed(version, answeredNanos)) == null) {
            followed.incrementAndGet();
        }
    }

    /** Stops following new events, gives the followed ones {@code grace} to be seen, and says what was seen. */
    Result result(Duration grace) throws InterruptedException {
        measuring = false;
        long deadline = System.nanoTime() + grace.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return new Result(latency, followed.get(), waiting.size());
    }

    private void line(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        long arrived = System.nanoTime();
        JsonNode change;
        try {
            change = JSON.readTree(line.substring("data:".length()));
        } catch (IOException unreadable) {
            System.err.println("[bench] unreadable change event: " + line);
            return;
        }
        Set<String> named = new HashSet<>();
        change.path("interventions").forEach(id -> named.add(id.asText()));
        boolean everything = change.path("everything").asBoolean();
        List<CompletableFuture<Void>> questions = new ArrayList<>();
        waiting.forEach((intervention, event) -> {
            if (event.answeredNanos() >= arrived) {
                return;
            }
            if (named.contains(intervention.toString())) {
                seen(intervention, event, arrived);
            } else if (everything) {
                questions.add(shown(intervention, event.version())
                        .thenAccept(shown -> {
                            if (shown) {
                                seen(intervention, event, arrived);
                            }
                        }));
            }
        });
        CompletableFuture.allOf(questions.toArray(CompletableFuture[]::new)).join();
    }

    private void seen(UUID intervention, Followed event, long arrived) {
        if (waiting.remove(intervention, event)) {
            latency.recordValue((arrived - event.answeredNanos()) / 1_000);
        }
    }

    /** Whether reporting's intervention report already reflects the event of this version (its sequence). */
    private CompletableFuture<Boolean> shown(UUID intervention, long version) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(reporting + "/api/v1/interventions/" + intervention))
                .header("Authorization", "Bearer " + bearer).timeout(Duration.ofSeconds(5)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200 && logPosition(response.body()) >= version)
                .exceptionally(noAnswer -> false);
    }

    private static long logPosition(String report) {
        try {
            return JSON.readTree(report).path("logPosition").asLong();
        } catch (IOException unreadable) {
            return -1;
        }
    }

    @Override
    public void close() {
        stream.cancel(true);
        pushes.shutdownNow();
    }
}
