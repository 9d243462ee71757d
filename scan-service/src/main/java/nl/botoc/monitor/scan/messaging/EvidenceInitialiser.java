package nl.botoc.monitor.scan.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.scan.config.ScanConfig;
import nl.botoc.monitor.scan.persistence.AdvisoryLocks;
import nl.botoc.monitor.scan.persistence.EvidenceStore;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Makes sure an evidence base is stored before the first lifecycle event is classified. An empty table is
 * restored from {@link Topics#EVIDENCE_CHANGES}, every version as it was published, so that a service rebuilt
 * on an emptied database derives the same scans; only when the topic is empty too is the baseline of the data
 * file loaded as the first version, to be published like any other.
 */
@ApplicationScoped
public class EvidenceInitialiser {

    private static final Logger LOG = Logger.getLogger(EvidenceInitialiser.class);
    private static final String ACTOR = "scan-service";

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceLog log;

    @Inject
    AdvisoryLocks locks;

    @Inject
    ScanConfig config;

    @Inject
    Clock clock;

    // Reactive messaging starts its channels at priority LIBRARY_BEFORE; this must be done before that.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 100) StartupEvent start) {
        initialise();
    }

    /** Stores the evidence base's versions unless some are stored; instances starting together take turns. */
    @Transactional
    public void initialise() {
        locks.lockEvidence();
        if (store.latest().isPresent()) {
            return;
        }
        List<EvidenceChanged> published = log.readAll(config.evidence().key(), config.evidence().restoreTimeout());
        if (published.isEmpty()) {
            loadBaseline();
        } else {
            restore(published);
        }
    }

    private void restore(List<EvidenceChanged> published) {
        Instant now = clock.instant();
        long restored = published.stream().filter(changed -> store.append(changed, now)).count();
        LOG.infof("Restored %d evidence versions from %s, up to version %d", restored, Topics.EVIDENCE_CHANGES,
                store.current().version());
        if (restored < published.size()) {
            // A version is published twice when a crash came between Kafka's acknowledgement and its marking.
            LOG.infof("%d messages repeated a version already restored; the first of each was kept",
                    published.size() - restored);
        }
    }

    private void loadBaseline() {
        EvidenceBase baseline = EventJson.read(resource(config.evidence().baseline()), EvidenceBase.class);
        EvidenceChange loaded = new EvidenceChange.BaselineLoaded("Eerste versie, ingelezen uit " + baseline.source());
        store.append(new EvidenceChanged(UUID.randomUUID(), baseline.version(), clock.instant(), ACTOR, loaded,
                baseline), null);
        LOG.infof("Loaded %s as evidence version %d: %s holds no version yet", config.evidence().baseline(),
                baseline.version(), Topics.EVIDENCE_CHANGES);
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no evidence base at classpath:" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
