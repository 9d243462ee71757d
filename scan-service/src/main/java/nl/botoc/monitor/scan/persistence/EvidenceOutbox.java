package nl.botoc.monitor.scan.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.scan.config.ScanConfig;

import java.time.Clock;
import java.util.List;

/**
 * The evidence versions as an outbox: each goes whole to {@link Topics#EVIDENCE_CHANGES}, oldest first, all
 * under the evidence base's one key, so that the single partition holds them in version order.
 */
@ApplicationScoped
public class EvidenceOutbox implements Outbox<EvidenceVersion> {

    @Inject
    ScanConfig config;

    @Inject
    Clock clock;

    @Override
    public String topic() {
        return Topics.EVIDENCE_CHANGES;
    }

    @Override
    public List<EvidenceVersion> unpublished(int limit) {
        return EvidenceVersion.<EvidenceVersion>find("publishedAt is null", Sort.by("version"))
                .page(0, limit).list();
    }

    @Override
    public long backlog() {
        return EvidenceVersion.count("publishedAt is null");
    }

    @Override
    public String key(EvidenceVersion row) {
        return config.evidence().key();
    }

    @Override
    public String value(EvidenceVersion row) {
        return EventJson.write(row.toMessage());
    }

    @Override
    public void markPublished(List<EvidenceVersion> rows) {
        EvidenceVersion.update("publishedAt = ?1 where version in ?2", clock.instant(),
                rows.stream().map(row -> row.version).toList());
    }

    @Override
    public String describe(EvidenceVersion row) {
        return "evidence version " + row.version;
    }
}
