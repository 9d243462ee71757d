package nl.botoc.monitor.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the ingest left to do: registry's outbox rows not yet on Kafka, and how far the services' consumer groups
 * trail the log by their committed offsets. The reads are measured once all of it is done, not while scan- and
 * reporting-service still work off the ingest's backlog.
 */
final class Backlog {


    private Backlog() {
    }

    /** Waits until registry's outbox is empty and every group has committed up to the end; the time it took. */
    static Duration awaitDrained(HttpClient http, String registry, String bootstrapServers, Duration atMost)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        while (metric(http, registry, "registry_outbox_backlog") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("registry's outbox was not empty after " + atMost);
            }
            Thread.sleep(500);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long lag = Long.MAX_VALUE;
            while (System.nanoTime() < deadline) {
                lag = lag(admin);
                if (lag == 0) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the consumers still trailed the log by " + lag + " records after "
                    + atMost);
        }
    }

    /** The sum of a gauge's series on a service's /q/metrics, e.g. an outbox backlog over its topics. */
    static double metric(HttpClient http, String service, String name) throws Exception {
        HttpRequest metrics = HttpRequest.newBuilder(URI.create(service + "/q/metrics")).build();
        Matcher matcher = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)")
                .matcher(http.send(metrics, HttpResponse.BodyHandlers.ofString()).body());
        double sum = 0;
        boolean found = false;
        while (matcher.find()) {
            sum += Double.parseDouble(matcher.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException(service + "/q/metrics shows no " + name);
        }
        return sum;
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            offsets.forEach((partition, offset) -> committed.merge(partition, offset.offset(), Math::min));
        }
        if (committed.isEmpty()) {
            return Long.MAX_VALUE;
        }
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            lag += Math.max(0, end.getValue().offset() - committed.get(end.getKey()));
        }
        return lag;
    }
}
