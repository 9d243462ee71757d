package nl.botoc.monitor.registry.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How registry deals with the evidence base it learns from scan-service ({@code registry.evidence.*}). */
@ConfigMapping(prefix = "registry.evidence")
public interface EvidenceConfig {

    /**
     * The Retry-After of a request that names codes before any evidence base has arrived: about how long
     * scan-service takes to start and publish one.
     */
    Duration retryAfter();
}
