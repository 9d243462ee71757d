package nl.botoc.monitor.registry;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.contract.evidence.Theme;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A small evidence base for tests, built from the contract's golden fixture, published on a topic of the tests' own:
 * the shared evidence topic holds whatever versions other services' tests published.
 */
public final class TestEvidence {

    /** The topic the tests' evidence base is on; application.properties points %test at it too. */
    public static final String TOPIC = "registry-test.evidence.changes";

    /** As application.properties: the local broker unless the environment names another. */
    public static final String BOOTSTRAP_SERVERS =
            System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    /** Themes beyond the fixture's gedrag-identiteit, which RegistryApi's registrations and the tests use. */
    private static final List<String> MORE_THEMES = List.of("vroegsignalering", "werk-opleiding");

    private TestEvidence() {
    }

    /**
     * The golden fixture's evidence base (theme gedrag-identiteit, risk factor
     * antisociale-persoonlijkheidskenmerken, protective factor moreel-inzicht, method rots-en-water) at
     * {@code version}, with themes vroegsignalering, werk-opleiding and then {@code extraThemes}.
     */
    public static EvidenceBase base(long version, String... extraThemes) {
        EvidenceBase golden = EventJson.read(GoldenFixtures.read(GoldenFixtures.EVIDENCE.get(0)),
                EvidenceChanged.class).evidenceBase();
        List<Theme> themes = new ArrayList<>(golden.themes());
        Stream.concat(MORE_THEMES.stream(), Stream.of(extraThemes))
                .map(code -> new Theme(code, code, code, false, List.of(), List.of()))
                .forEach(themes::add);
        return new EvidenceBase(version, golden.name(), golden.source(), golden.notes(), themes,
                golden.riskFactorGroups(), golden.riskFactors(), golden.protectiveFactors(),
                golden.recognisedMethods());
    }

    /** Publishes {@code base} as scan-service would: the whole base after a change, keyed by the synthesis. */
    public static void publish(String topic, EvidenceBase base) {
        publishRaw(topic, EventJson.write(new EvidenceChanged(UUID.randomUUID(), base.version(), Instant.now(),
                "registry-test", new EvidenceChange.BaselineLoaded("Testversie " + base.version()), base)));
    }

    /** Publishes any text, readable or not, and returns once the broker has it. */
    public static void publishRaw(String topic, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            await(producer.send(new ProducerRecord<>(topic, "kennissynthese", value)));
        }
    }

    /**
     * Makes {@code topic} exist, with one partition as the real one, and hold nothing: an earlier run's versions
     * would otherwise outrank this run's (auto topic creation is off, so a test must create its topic itself).
     */
    public static void emptyTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS))) {
            createUnlessItExists(admin, topic);
            TopicPartition partition = new TopicPartition(topic, 0);
            long end = await(admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                    .partitionResult(partition)).offset();
            await(admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(end))).all());
        }
    }

    private static void createUnlessItExists(Admin admin, String topic) {
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
