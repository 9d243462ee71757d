package nl.botoc.monitor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Acknowledged events per second into registry, closed loop or paced. Latency is from sending to the 201; anything
 * else counts as failed, with its status.
 */
final class Ingest {

    /** One step: this many clients, for the measured window after a warm-up. */
    record Step(int clients, long acknowledged, double perSecond, Histogram latencyMicros, long failed,
                String firstFailure) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI registry;
    private final List<ClientWork> clients = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    /** @param clients as many as the largest step; client i writes for municipality i modulo the list */
    Ingest(HttpClient http, URI registry, List<String> municipalities, int clients,
           Function<String, String> tokenFor) {
        this.http = http;
        this.registry = registry;
        for (int i = 0; i < clients; i++) {
            String municipality = municipalities.get(i % municipalities.size());
            this.clients.add(new ClientWork(i, municipality));
            this.tokens.add(tokenFor.apply(municipality));
        }
    }

    /** Registers a few interventions per client before anything is measured, so that most events have a subject. */
    void prepare(int interventionsPerClient) throws Exception {
        for (int i = 0; i < clients.size(); i++) {
            for (int n = 0; n < interventionsPerClient; n++) {
                ClientWork.Request registration = clients.get(i).registration();
                if (send(i, registration, Acknowledgements.NONE) != 201) {
                    throw new IllegalStateException("registering a benchmark intervention failed");
                }
            }
        }
    }

    /** Tells of each 201: which intervention the event was about, its new version, and when the answer came. */
    interface Acknowledgements {
        Acknowledgements NONE = (intervention, version, answeredNanos) -> { };

        void acknowledged(UUID intervention, long version, long answeredNanos);
    }

    /** Closed loop: each client sends its next event as soon as the last one was answered. */
    Step run(int clientCount, Duration warmUp, Duration measured) throws Exception {
        return run(clientCount, 0, warmUp, measured, Acknowledgements.NONE);
    }

    /**
     * Paced: together the clients offer {@code perSecond} events, each client its share at even intervals, and
     * {@code acknowledgements} hears of every 201. A client that falls behind sends as soon as it can (it never
     * has two events in flight, or its If-Match would be stale), so the step shows what was achieved.
     */
    Step run(int clientCount, int perSecond, Duration warmUp, Duration measured, Acknowledgements acknowledgements)
            throws Exception {
        long start = System.nanoTime();
        long interval = perSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * clientCount / perSecond;
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Histogram> histograms = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = {""};
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            Histogram histogram = new Histogram(60_000_000L, 3);
            histograms.add(histogram);
            int client = i;
            running.add(pool.submit(() -> {
                long due = start + interval * client / clientCount;
                while (System.nanoTime() < end) {
                    LockSupport.parkNanos(due - System.nanoTime());
                    due += interval;
                    long sent = System.nanoTime();
                    ClientWork.Request request = clients.get(client).next();
                    int status = send(client, request, acknowledgements);
                    long answered = System.nanoTime();
                    if (sent < measureFrom) {
                        continue;
                    }
                    if (status == 201) {
                        histogram.recordValue(Math.min((answered - sent) / 1_000, 60_000_000L));
                    } else if (failed.incrementAndGet() == 1) {
                        firstFailure[0] = status + " on " + request.body().getOrDefault("type", "registration");
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> client : running) {
            client.get();
        }
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        double seconds = measured.toNanos() / 1e9;
        return new Step(clientCount, all.getTotalCount(), all.getTotalCount() / seconds, all, failed.get(),
                firstFailure[0]);
    }

    /** Sends one request; its status, or 0 when no answer came. A 201 updates the client's view. */
    private int send(int client, ClientWork.Request request, Acknowledgements acknowledgements) throws IOException {
        String body = JSON.writeValueAsString(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(registry.resolve(request.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.get(client))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (request.ifMatch() != null) {
            builder.header("If-Match", "\"" + request.ifMatch() + "\"");
        }
        ClientWork work = clients.get(client);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                work.failed(request);
                return response.statusCode();
            }
            long version = Long.parseLong(response.headers().firstValue("ETag").orElse("\"0\"").replace("\"", ""));
            long answered = System.nanoTime();
            UUID id = request.subject() == null
                    ? UUID.fromString((String) JSON.readValue(response.body(), Map.class).get("id")) : null;
            acknowledgements.acknowledged(id != null ? id : request.subject().id, version, answered);
            work.acknowledged(request, id, version);
            return 201;
        } catch (IOException noAnswer) {
            work.failed(request);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
