package nl.botoc.monitor.reporting.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One row of the read model: the latest applied scan of one intervention, whole and in the columns compared on. */
@Entity
@Table(name = "scan_view")
public class ScanView {

    @Id
    @Column(name = "intervention_id")
    public UUID interventionId;

    public String municipality;

    /** The status's wire name, e.g. {@code started}. */
    public String status;

    /** The origin's wire name: {@code original-plan} or {@code added}. */
    public String origin;

    @Column(name = "lifecycle_sequence")
    public long lifecycleSequence;

    @Column(name = "evidence_version")
    public long evidenceVersion;

    @Column(name = "lifecycle_partition")
    public int lifecyclePartition;

    @Column(name = "lifecycle_offset")
    public long lifecycleOffset;

    /** The whole scan in the contract's JSON form. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String scan;

    @Column(name = "received_at")
    public Instant receivedAt;
}
