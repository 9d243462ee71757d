package nl.botoc.monitor.reporting.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Settings of the overview and its live stream. */
@ConfigMapping(prefix = "reporting.overview")
public interface OverviewConfig {

    /** The least time between two pushes of the overview, so that a replay of the scans does not flood the browsers. */
    Duration pushInterval();
}
