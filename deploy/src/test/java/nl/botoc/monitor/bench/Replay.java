package nl.botoc.monitor.bench;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.faults.FaultSystem;
import nl.botoc.monitor.faults.FaultSystem.Service;
import nl.botoc.monitor.faults.KafkaLog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * scan-service rebuilding from a long log: the ingest's lifecycle events, written again and again under new
 * intervention and event ids (each copy a set of interventions of its own, each intervention's events in their
 * order and partition), onto a topic of their own; then scan-service restarts on an emptied database in a new
 * consumer group reading that topic, its scans going to a topic of their own so that reporting-service is not
 * part of the measurement. Measured from the moment it is ready until its group has committed the whole log and
 * its outbox is empty: every scan derived and published.
 */
final class Replay {

    /** The log written: how many events, over how many interventions, on how many partitions. */
    record Log(long events, Set<UUID> interventions, int partitions) {
    }

    /** How far scan-service came: all of the log or, after {@code atMost}, part of it. */
    record Result(long events, long replayed, long interventions, Duration took, boolean finished) {
        double perSecond() {
            return replayed / (took.toNanos() / 1e9);
        }
    }

    static final String LIFECYCLE = "bench.replay.lifecycle";
    static final String SCANS = "bench.replay.scans";
    private static final String GROUP = "scan-replay-bench";

    private Replay() {
    }

    /** Writes at least {@code events} records onto {@link #LIFECYCLE}, copies of what lies on the lifecycle topic. */
    static Log write(String bootstrapServers, long events) throws Exception {
        List<ConsumerRecord<String, String>> source = readAll(bootstrapServers, Topics.LIFECYCLE);
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, TopicDescription> originals = admin.describeTopics(List.of(Topics.LIFECYCLE, Topics.SCANS))
                    .allTopicNames().get();
            partitions = originals.get(Topics.LIFECYCLE).partitions().size();
            // The cluster creates no topic by itself: the replay's two are made as the originals are.
            admin.createTopics(List.of(new NewTopic(LIFECYCLE, partitions, (short) 1),
                    new NewTopic(SCANS, originals.get(Topics.SCANS).partitions().size(), (short) 1))).all().get();
        }
        Set<UUID> interventions = new HashSet<>();
        long written = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new StringSerializer())) {
            for (int copy = 1; written < events; copy++) {
                for (ConsumerRecord<String, String> record : source) {
                    LifecycleEvent event = EventJson.readLifecycleEvent(record.value());
                    Renaming renaming = new Renaming(copy, event);
                    interventions.add(renaming.intervention);
                    producer.send(new ProducerRecord<>(LIFECYCLE, null, renaming.intervention.toString(),
                            renaming.apply(record.value()), renaming.headers(record.headers())));
                    written++;
                }
            }
            producer.flush();
        }
        return new Log(written, interventions, partitions);
    }

    /** Restarts scan-service on the replay log and an emptied database, and follows it for at most {@code atMost}. */
    static Result rebuild(FaultSystem system, HttpClient http, Log log, Duration atMost) throws Exception {
        system.stop(Service.SCAN);
        system.restart(Service.SCAN, environment());
        try (KafkaLog kafka = new KafkaLog(system.kafka().bootstrapServers())) {
            long start = System.nanoTime();
            long replayedBefore = log.events() - kafka.lag(GROUP, LIFECYCLE);
            long deadline = start + atMost.toNanos();
            String scan = system.url(Service.SCAN);
            while (System.nanoTime() < deadline) {
                if (kafka.lag(GROUP, LIFECYCLE) == 0 && Backlog.metric(http, scan, "scan_outbox_backlog") == 0) {
                    return new Result(log.events(), log.events() - replayedBefore, log.interventions().size(),
                            Duration.ofNanos(System.nanoTime() - start), true);
                }
                Thread.sleep(250);
            }
            long replayed = log.events() - kafka.lag(GROUP, LIFECYCLE) - replayedBefore;
            return new Result(log.events(), replayed, log.interventions().size(), atMost, false);
        }
    }

    /** scan-service's settings for the replay: the replay topics, a new group, a database emptied at start. */
    static Map<String, String> environment() {
        return Map.of(
                "MP_MESSAGING_INCOMING_INTERVENTIONS_LIFECYCLE_TOPIC", LIFECYCLE,
                "MP_MESSAGING_INCOMING_INTERVENTIONS_LIFECYCLE_GROUP_ID", GROUP,
                "MP_MESSAGING_OUTGOING_INTERVENTIONS_SCANS_TOPIC", SCANS,
                "QUARKUS_FLYWAY_CLEAN_DISABLED", "false",
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true");
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (TopicReader reader = new TopicReader(bootstrapServers)) {
            reader.readToEnd(topic, records::add);
        }
        return records;
    }

    /** One copy's ids for one event: derived from the copy number and the original ids, so copies never meet. */
    private static final class Renaming {
        final UUID intervention;
        private final String originalIntervention;
        private final String originalEvent;
        private final String event;

        Renaming(int copy, LifecycleEvent original) {
            originalIntervention = original.interventionId().toString();
            originalEvent = original.eventId().toString();
            intervention = derived(copy, originalIntervention);
            event = derived(copy, originalEvent).toString();
        }

        String apply(String text) {
            return text.replace(originalIntervention, intervention.toString()).replace(originalEvent, event);
        }

        List<Header> headers(Iterable<Header> originals) {
            List<Header> headers = new ArrayList<>();
            for (Header header : originals) {
                String value = header.value() == null ? null : apply(new String(header.value(), StandardCharsets.UTF_8));
                headers.add(new RecordHeader(header.key(), value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
            }
            return headers;
        }

        private static UUID derived(int copy, String id) {
            return UUID.nameUUIDFromBytes((copy + "/" + id).getBytes(StandardCharsets.UTF_8));
        }
    }
}
