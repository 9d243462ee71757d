package nl.botoc.monitor.reporting.api;

import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.LifecycleTopic;
import nl.botoc.monitor.reporting.ScanTopic;
import nl.botoc.monitor.reporting.YouthWork;
import org.junit.jupiter.api.BeforeEach;

/** A test that starts from a {@link YouthWork} municipality of its own, published and consumed before each test. */
abstract class WithYouthWork {

    @Inject
    LifecycleTopic lifecycle;

    @Inject
    ScanTopic scans;

    YouthWork work;

    @BeforeEach
    void publishYouthWork() {
        work = YouthWork.publish(lifecycle, scans);
    }
}
