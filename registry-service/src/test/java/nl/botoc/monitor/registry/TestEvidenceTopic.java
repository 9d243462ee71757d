package nl.botoc.monitor.registry;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Before the application starts, empties its evidence topic and, unless {@code seeded} is false, publishes
 * version 1 of the test evidence base there. Global (see EvidenceValidationTest), so every test starts with
 * codes to use; a test profile may put an unseeded topic of its own in its place.
 */
public class TestEvidenceTopic implements QuarkusTestResourceLifecycleManager {

    private String topic = TestEvidence.TOPIC;
    private boolean seeded = true;

    @Override
    public void init(Map<String, String> args) {
        topic = args.getOrDefault("topic", topic);
        seeded = Boolean.parseBoolean(args.getOrDefault("seeded", "true"));
    }

    @Override
    public Map<String, String> start() {
        TestEvidence.emptyTopic(topic);
        if (seeded) {
            TestEvidence.publish(topic, TestEvidence.base(1));
        }
        return Map.of("mp.messaging.incoming.evidence-changes.topic", topic);
    }

    @Override
    public void stop() {
        // The topic stays for the next run, which empties it first.
    }
}
