package nl.botoc.monitor.scan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import nl.botoc.monitor.contract.Topics;

import java.util.List;

/** The scans as an outbox: every revision ahead of the one Kafka acknowledged goes to {@link Topics#SCANS}. */
@ApplicationScoped
public class ScanOutbox implements Outbox<InterventionScanEntity> {

    @Override
    public String topic() {
        return Topics.SCANS;
    }

    @Override
    public List<InterventionScanEntity> unpublished(int limit) {
        return InterventionScanEntity.unpublished(limit);
    }

    @Override
    public long backlog() {
        return InterventionScanEntity.count("revision > publishedRevision");
    }

    @Override
    public String key(InterventionScanEntity row) {
        return row.interventionId.toString();
    }

    /** The scan as stored: the text EventJson wrote. */
    @Override
    public String value(InterventionScanEntity row) {
        return row.scan;
    }

    @Override
    public void markPublished(List<InterventionScanEntity> rows) {
        InterventionScanEntity.markPublished(rows);
    }

    @Override
    public String describe(InterventionScanEntity row) {
        return "revision " + row.revision + " of scan " + row.interventionId;
    }
}
