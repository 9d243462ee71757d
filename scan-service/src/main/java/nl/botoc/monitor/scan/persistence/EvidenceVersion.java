package nl.botoc.monitor.scan.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;

import java.time.Instant;
import java.util.UUID;

/** One version of the evidence base with the change that made it; also the outbox row of its message. */
@Entity
@Table(name = "evidence_version")
public class EvidenceVersion extends PanacheEntityBase {

    @Id
    public long version;

    /** The whole evidence base at this version, as EventJson writes it. */
    public String evidence;

    /** The change that made this version, as EventJson writes it (with its "type"). */
    public String change;

    @Column(name = "change_id")
    public UUID changeId;

    @Column(name = "changed_at")
    public Instant changedAt;

    public String actor;

    /** When Kafka acknowledged its message; null until then. */
    @Column(name = "published_at")
    public Instant publishedAt;

    /**
     * Stores the version the message describes, unless its version or change id is taken; returns whether it
     * did. One statement, so two instances initialising at once cannot both get in.
     *
     * @param publishedAt when it is already on the topic (restored from there); null when it is still to go
     */
    static boolean insert(EvidenceChanged changed, Instant publishedAt) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO evidence_version
                            (version, evidence, change, change_id, changed_at, actor, published_at)
                        VALUES (:version, CAST(:evidence AS jsonb), CAST(:change AS jsonb), :changeId, :changedAt,
                                :actor, :publishedAt)
                        ON CONFLICT DO NOTHING""")
                .setParameter("version", changed.version())
                .setParameter("evidence", EventJson.write(changed.evidenceBase()))
                .setParameter("change", EventJson.write(changed.change()))
                .setParameter("changeId", changed.changeId())
                .setParameter("changedAt", changed.changedAt())
                .setParameter("actor", changed.actor())
                .setParameter("publishedAt", publishedAt)
                .executeUpdate() == 1;
    }

    public EvidenceBase evidenceBase() {
        return EventJson.read(evidence, EvidenceBase.class);
    }

    public EvidenceChange evidenceChange() {
        return EventJson.read(change, EvidenceChange.class);
    }

    /** The message on evidence.changes.v1 that announces this version. */
    public EvidenceChanged toMessage() {
        return new EvidenceChanged(changeId, version, changedAt, actor, evidenceChange(), evidenceBase());
    }
}
