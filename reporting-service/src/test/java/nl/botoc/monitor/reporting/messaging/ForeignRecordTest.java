package nl.botoc.monitor.reporting.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.Events;
import nl.botoc.monitor.reporting.LifecycleTopic;
import nl.botoc.monitor.reporting.ScanTopic;
import nl.botoc.monitor.reporting.domain.RecordedEvent;
import nl.botoc.monitor.reporting.persistence.LifecycleEventRepository;
import nl.botoc.monitor.reporting.persistence.ScanView;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static nl.botoc.monitor.contract.DatePrecision.MONTH;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.Events.details;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A record from Kafka that names another municipality than its intervention's owner moves nothing. */
@QuarkusTest
class ForeignRecordTest {

    @Inject
    ScanTopic scans;

    @Inject
    LifecycleTopic lifecycle;

    @Inject
    ScanViewRepository scanViews;

    @Inject
    LifecycleEventRepository events;

    @Test
    void aScanClaimingAnotherMunicipalityIsRejected() {
        String owner = randomTestMunicipality();
        String intruder = randomTestMunicipality();
        UUID id = UUID.randomUUID();
        scans.publishInOrder(aScan().id(id).in(owner).sequence(1).build());
        scans.publishInOrder(aScan().id(id).in(intruder).status(STARTED).sequence(2).build());
        scans.publishInOrder(aScan().in(intruder).build());

        awaitInterventions(intruder, 1);
        ScanView stored = QuarkusTransaction.requiringNew().call(() -> scanViews.findById(id));
        assertThat(stored.municipality).isEqualTo(owner);
        assertThat(stored.lifecycleSequence).isEqualTo(1);
    }

    @Test
    void aLifecycleEventClaimingAnotherMunicipalityIsRejected() {
        String owner = randomTestMunicipality();
        UUID id = UUID.randomUUID();
        Events own = Events.of(id, owner);
        lifecycle.publish(own.planned("2021-01-01", MONTH, details("F1", "Eigen interventie")));
        // Same intervention, same partition (key = id), another municipality: it must not be stored.
        lifecycle.publish(Events.of(id, randomTestMunicipality()).planned("2021-01-01", MONTH,
                details("F1", "Overgenomen")));
        lifecycle.publish(own.started("2021-02-01", MONTH));

        // The started event comes after the foreign one in their partition: once it is stored, so is all before it.
        List<RecordedEvent> stored = await().atMost(ScanTopic.CONSUMED).until(() -> events.ofIntervention(id),
                found -> found.stream().anyMatch(event -> event.sequence() == 2));
        assertThat(stored).extracting(event -> event.event().municipality()).containsExactly(owner, owner);
    }
}
