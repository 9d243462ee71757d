package nl.botoc.monitor.registry.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How the outbox relay works through the event table ({@code registry.outbox.*}). */
@ConfigMapping(prefix = "registry.outbox")
public interface OutboxConfig {

    /** At most this many events are sent, awaited and marked together. */
    int batchSize();

    /** How often the relay looks for events no wake-up brought it, such as those left while Kafka was down. */
    Duration sweepInterval();

    /** How long a batch may wait for Kafka's acknowledgement before it is left for a later run. */
    Duration ackTimeout();

    /** The wait after the first failed run (Kafka or PostgreSQL unreachable); it doubles with every further one. */
    Duration retryInitial();

    /** The longest wait between failed runs: after an outage, the backlog starts draining at most this late. */
    Duration retryMax();
}
