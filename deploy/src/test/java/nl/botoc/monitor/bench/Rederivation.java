package nl.botoc.monitor.bench;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * An evidence-base change followed through: from the researcher's POST to the last scan re-derived under the new
 * version and published (its record's timestamp on the scans topic), counted over every intervention that had a
 * scan before the change.
 */
final class Rederivation {

    /** How many scans there were, how many came under the new version, and when the last of them was published. */
    record Result(long scans, long rederived, Duration took, boolean finished) {
        double perSecond() {
            return rederived / (took.toNanos() / 1e9);
        }
    }

    /** A change that moves one factor to another class: every scan comes under the new version. */
    private static final String CHANGE = "{\"type\":\"factor-reclassified\","
            + "\"factor\":\"antisociale-persoonlijkheidskenmerken\",\"evidenceClass\":\"plausible\","
            + "\"reason\":\"Benchmark: herafleiding van alle scans\"}";

    private Rederivation() {
    }

    static Result follow(HttpClient http, String scan, String researcherToken, String bootstrapServers,
                         String scansTopic, Duration atMost) throws Exception {
        try (TopicReader scans = new TopicReader(bootstrapServers)) {
            Set<UUID> scanned = new HashSet<>();
            scans.readToEnd(scansTopic, record -> scanned.add(scanOf(record).interventionId()));
            long changed = System.currentTimeMillis();
            long version = change(http, scan, researcherToken);
            Set<UUID> rederived = new HashSet<>();
            long lastPublished = changed;
            long deadline = System.nanoTime() + atMost.toNanos();
            while (rederived.size() < scanned.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : scans.next(Duration.ofMillis(500))) {
                    InterventionScan published = scanOf(record);
                    if (published.evidenceVersion() >= version && scanned.contains(published.interventionId())
                            && rederived.add(published.interventionId())) {
                        lastPublished = Math.max(lastPublished, record.timestamp());
                    }
                }
            }
            boolean finished = !scanned.isEmpty() && rederived.size() == scanned.size();
            Duration took = finished ? Duration.ofMillis(lastPublished - changed) : atMost;
            return new Result(scanned.size(), rederived.size(), took, finished);
        }
    }

    /** POSTs the change; the new evidence version (the ETag). */
    private static long change(HttpClient http, String scan, String researcherToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(scan + "/api/v1/evidence/changes"))
                .header("Authorization", "Bearer " + researcherToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CHANGE)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the evidence change was answered " + response.statusCode() + ": "
                    + response.body());
        }
        return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    private static InterventionScan scanOf(ConsumerRecord<String, String> record) {
        return EventJson.readScan(record.value());
    }
}
