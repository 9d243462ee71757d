package nl.botoc.monitor.registry;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import nl.botoc.monitor.registry.messaging.CurrentEvidence;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Before each test of an application that reads the seeded test topic, waits until the application has read the
 * evidence base there. The application starts before its consumer has caught up, and a request with codes that
 * came first would get a 503 rather than what the test is about.
 */
public class AwaitEvidenceBase implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String topic = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.incoming.evidence-changes.topic", String.class).orElse("");
        if (topic.equals(TestEvidence.TOPIC)) {
            CurrentEvidence evidence = Arc.container().instance(CurrentEvidence.class).get();
            await().atMost(Duration.ofSeconds(30)).until(() -> evidence.codes().isPresent());
        }
    }
}
