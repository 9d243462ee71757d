package nl.botoc.monitor.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.registry.domain.EvidenceCodes;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The codes of the newest evidence base this instance has read, in memory: every instance reads the whole evidence
 * topic at start, so nothing needs to be stored, and a version is small.
 */
@ApplicationScoped
public class CurrentEvidence {

    private final AtomicReference<EvidenceCodes> latest = new AtomicReference<>();

    /** Empty until the first evidence base arrives. */
    public Optional<EvidenceCodes> codes() {
        return Optional.ofNullable(latest.get());
    }

    /** Keeps {@code arrived} if it is newer than what is known; returns what is known afterwards. */
    EvidenceCodes offer(EvidenceCodes arrived) {
        return latest.accumulateAndGet(arrived, EvidenceCodes::latest);
    }
}
