package nl.botoc.monitor.e2e;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

/** How long a posted change takes to show: measured and printed, not asserted, since it depends on the machine. */
final class Freshness {

    private Freshness() {
    }

    /** Waits until {@code seen}, then prints e.g. "e2e: started, registry 201 -> reporting overview in 212 ms". */
    static void awaitAndReport(String path, long postedAt, Callable<Boolean> seen) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(seen);
        System.out.printf("e2e: %s in %d ms%n", path, Duration.ofNanos(System.nanoTime() - postedAt).toMillis());
    }
}
