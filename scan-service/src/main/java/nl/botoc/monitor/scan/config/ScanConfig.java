package nl.botoc.monitor.scan.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The scan's settings, under {@code scan.*} in application.properties. */
@ConfigMapping(prefix = "scan")
public interface ScanConfig {

    Publish publish();

    Evidence evidence();

    Rederive rederive();

    /** How scans and evidence versions get onto Kafka. */
    interface Publish {

        /** Most rows sent in one round; the relay waits for all of them before marking them published. */
        int batchSize();

        /** How long to wait for Kafka to acknowledge a round before leaving the rest to the next one. */
        Duration ackTimeout();

        /** How often to look for scans that were not published right after their commit. */
        Duration sweepEvery();

        /** The pause after a round Kafka did not acknowledge all of; it doubles with each further such round... */
        Duration retryFirst();

        /** ...up to this. */
        Duration retryCeiling();
    }

    /** The evidence base (kennissynthese) this service owns. */
    interface Evidence {

        /** Classpath resource of the first version, loaded when neither the table nor the topic has one. */
        String baseline();

        /** The evidence base's id: the key of its messages on evidence.changes.v1. */
        String key();

        /** How long start-up may take to read evidence.changes.v1 back into an emptied table. */
        Duration restoreTimeout();
    }

    /** How scans are brought up to a new evidence version. */
    interface Rederive {

        /** Interventions re-derived per transaction. */
        int batchSize();

        /** Passes run side by side after a change; they share the interventions through the rows they lock. */
        int workers();

        /** How often to look for evidence versions to publish and scans behind the current version. */
        Duration sweepEvery();
    }
}
