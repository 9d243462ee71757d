package nl.botoc.monitor.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The newest evidence base read from evidence.changes.v1: the labels and classes of themes and factors. */
@ApplicationScoped
public class CurrentEvidence {

    private final AtomicReference<EvidenceBase> newest = new AtomicReference<>();

    public Optional<EvidenceBase> get() {
        return Optional.ofNullable(newest.get());
    }

    /** Keeps the base if it is newer than the one kept; says whether it was. */
    public boolean offer(EvidenceBase base) {
        return newest.updateAndGet(kept -> kept == null || base.version() > kept.version() ? base : kept) == base;
    }
}
