package nl.botoc.monitor.scan.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored versions of the evidence base. Every scan is derived under the current one, so versions already
 * read are kept in memory, by change id: unlike a version number, a change id never names other content, even
 * after the table was emptied and restored or a transaction that stored a version rolled back.
 */
@ApplicationScoped
public class EvidenceStore {

    private final Map<UUID, EvidenceBase> read = new ConcurrentHashMap<>();

    @Inject
    EntityManager entityManager;

    /** The newest version. */
    public EvidenceBase current() {
        return latest().orElseThrow(() -> new IllegalStateException(
                "the evidence base is not initialised: evidence_version is empty"));
    }

    /** The newest version, empty while none is stored. */
    public Optional<EvidenceBase> latest() {
        return entityManager.createQuery(
                        "select v.changeId from EvidenceVersion v order by v.version desc", UUID.class)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(this::byChangeId);
    }

    public Optional<EvidenceBase> version(long version) {
        return entityManager.createQuery(
                        "select v.changeId from EvidenceVersion v where v.version = :version", UUID.class)
                .setParameter("version", version)
                .getResultStream().findFirst()
                .map(this::byChangeId);
    }

    /** Every version, oldest first. */
    public List<EvidenceVersion> history() {
        return EvidenceVersion.listAll(Sort.by("version"));
    }

    /** Stores a version; false when its version or change id is taken. */
    public boolean append(EvidenceChanged changed, Instant publishedAt) {
        return EvidenceVersion.insert(changed, publishedAt);
    }

    private EvidenceBase byChangeId(UUID changeId) {
        return read.computeIfAbsent(changeId, id -> EventJson.read(entityManager.createQuery(
                        "select v.evidence from EvidenceVersion v where v.changeId = :id", String.class)
                .setParameter("id", id)
                .getSingleResult(), EvidenceBase.class));
    }
}
