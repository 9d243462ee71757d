package nl.botoc.monitor.registry.config;

import io.smallrye.config.ConfigMapping;

/** How many requests one client may send ({@code registry.rate-limit.*}); beyond it 429 with Retry-After. */
@ConfigMapping(prefix = "registry.rate-limit")
public interface RateLimitConfig {

    /** The steady rate a client's allowance refills at. */
    double requestsPerSecond();

    /** How many requests a client may send at once, after a quiet while. */
    int burst();
}
