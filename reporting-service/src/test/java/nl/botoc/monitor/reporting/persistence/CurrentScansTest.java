package nl.botoc.monitor.reporting.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.OverviewApi;
import org.junit.jupiter.api.Test;

import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages read scans from memory: it must hold what scan_view holds, whatever happened to a commit's answer. */
@QuarkusTest
class CurrentScansTest {

    @Inject
    ScanViewRepository scanViews;
    @Inject
    EntityManager entityManager;

    @Test
    void aScanRetriedAfterItsCommitsAnswerWasLostReachesThePages() {
        String municipality = randomTestMunicipality();
        InterventionScan scan = aScan().in(municipality).status(STARTED).build();
        OverviewApi.current();
        // Committed without the service hearing of it, as when the connection breaks while the commit is answered.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO scan_view (intervention_id, municipality, status, origin, lifecycle_sequence,
                                               evidence_version, lifecycle_partition, lifecycle_offset, scan,
                                               received_at)
                        VALUES (?1, ?2, 'started', 'original-plan', 1, 0, 0, 0, CAST(?3 AS jsonb), now())
                        """)
                .setParameter(1, scan.interventionId())
                .setParameter(2, municipality)
                .setParameter(3, EventJson.write(scan))
                .executeUpdate());

        // The consumer, told the commit failed, applies the record again: the row is as it was.
        assertThat(scanViews.apply(scan).changed()).isFalse();

        assertThat(OverviewApi.municipality(municipality))
                .hasValueSatisfying(figures -> assertThat(figures.interventions()).isEqualTo(1));
    }
}
