package nl.botoc.monitor.reporting;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Publishes lifecycle events, as registry's relay does, to the tests' own lifecycle topic (TestTopics). */
@ApplicationScoped
public class LifecycleTopic {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TestProducer producer;

    public synchronized void publish(LifecycleEvent event) {
        if (producer == null) {
            producer = new TestProducer(bootstrapServers);
        }
        producer.send(new ProducerRecord<>(TestTopics.LIFECYCLE, event.interventionId().toString(),
                EventJson.write(event)));
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
