package nl.botoc.monitor.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads at a steady rate, open loop: request k is due at start + k/rate whatever happened to the ones before, and
 * its latency counts from when it was due, so a slow answer cannot hide the requests queued behind it.
 */
final class OpenLoopReads {

    record Result(String what, int perSecond, long requests, Histogram latencyMicros, long failed,
                  String firstFailure) {
    }

    private final HttpClient http;

    OpenLoopReads(HttpClient http) {
        this.http = http;
    }

    Result run(String what, URI uri, String bearer, int perSecond, Duration warmUp, Duration measured)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer).GET().build();
        Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>("");
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        for (long due = start; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long scheduled = due;
            CompletableFuture<?> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (scheduled < measureFrom) {
                            return;
                        }
                        if (error != null || response.statusCode() != 200) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet("", error != null ? error.toString()
                                    : "status " + response.statusCode());
                        } else {
                            latency.recordValue(Math.min((System.nanoTime() - scheduled) / 1_000, 60_000_000L));
                        }
                    });
            inFlight.add(answer);
            inFlight.removeIf(CompletableFuture::isDone);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(error -> null)
                .get(60, TimeUnit.SECONDS);
        return new Result(what, perSecond, latency.getTotalCount() + failed.get(), latency, failed.get(),
                firstFailure.get());
    }
}
