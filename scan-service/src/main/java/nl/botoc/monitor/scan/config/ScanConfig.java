package nl.botoc.monitor.scan.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The scan's settings, under {@code scan.*} in application.properties. */
@ConfigMapping(prefix = "scan")
public interface ScanConfig {

    /** Version of the evidence base the scans are derived under; 0 until an evidence base is loaded. */
    long evidenceVersion();

    Publish publish();

    /** How scans get onto Kafka. */
    interface Publish {

        /** Most scans sent in one round; below the emitter's buffer of 128 so a round never overflows it. */
        int batchSize();

        /** How long to wait for Kafka to acknowledge a scan before leaving it to the next round. */
        Duration ackTimeout();

        /** How often to look for scans that were not published right after their commit. */
        Duration sweepEvery();
    }
}
