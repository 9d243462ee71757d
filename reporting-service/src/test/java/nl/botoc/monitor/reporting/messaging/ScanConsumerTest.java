package nl.botoc.monitor.reporting.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.ScanTopic;
import nl.botoc.monitor.reporting.domain.MunicipalityFigures;
import nl.botoc.monitor.reporting.domain.StatusCounts;
import nl.botoc.monitor.reporting.persistence.ScanView;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ScanConsumerTest {

    @Inject
    ScanTopic topic;

    @Inject
    ScanViewRepository scanViews;

    @Test
    void countsPublishedScansUnderTheirMunicipality() {
        String municipality = randomTestMunicipality();
        topic.publish(aScan().in(municipality).added().status(STARTED).build());
        topic.publish(aScan().in(municipality).status(CANCELLED).build());

        assertThat(awaitInterventions(municipality, 2))
                .isEqualTo(new MunicipalityFigures(municipality, municipality, 2, new StatusCounts(0, 1, 0, 1), 0, 0));
    }

    @Test
    void anOlderScanAfterANewerOneChangesNothing() {
        String municipality = randomTestMunicipality();
        UUID interventionId = UUID.randomUUID();
        topic.publishInOrder(aScan().id(interventionId).in(municipality).status(STARTED).sequence(3).build());
        topic.publishInOrder(aScan().id(interventionId).in(municipality).status(PLANNED).sequence(2)
                .evidenceVersion(9).build());
        topic.publishInOrder(aScan().in(municipality).status(COMPLETED).build());

        assertThat(awaitInterventions(municipality, 2).byStatus()).isEqualTo(new StatusCounts(0, 1, 1, 0));
    }

    @Test
    void aRedeliveredScanCountsOnceAndLeavesItsRowAsItWas() {
        String municipality = randomTestMunicipality();
        InterventionScan scan = aScan().in(municipality).status(STARTED).build();
        topic.publishInOrder(scan);
        Instant firstReceived = awaitStored(scan.interventionId()).receivedAt;

        topic.publishInOrder(scan);
        topic.publishInOrder(aScan().in(municipality).build());

        assertThat(awaitInterventions(municipality, 2).byStatus()).isEqualTo(new StatusCounts(1, 1, 0, 0));
        assertThat(stored(scan.interventionId())).hasValueSatisfying(
                view -> assertThat(view.receivedAt).isEqualTo(firstReceived));
    }

    @Test
    void acceptsTheGoldenScanFixture() {
        String json = GoldenFixtures.read("scans/scan.json");
        InterventionScan fixture = EventJson.readScan(json);
        topic.publishInOrder(fixture.interventionId().toString(), json);

        ScanView stored = awaitStored(fixture.interventionId());
        assertThat(stored.municipality).isEqualTo(fixture.municipality());
        assertThat(stored.lifecycleSequence).isGreaterThanOrEqualTo(fixture.lifecycleSequence());
    }

    @Test
    void skipsWhatIsNoValidScanAndKeepsConsumingThePartition() {
        String municipality = randomTestMunicipality();
        InterventionScan noCbsCode = aScan().in("Zaanstad").build();
        topic.publishInOrder(UUID.randomUUID().toString(), "{\"interventionId\": ");
        topic.publishInOrder(UUID.randomUUID().toString(), null);
        topic.publishInOrder(noCbsCode);
        topic.publishInOrder(aScan().in(municipality).build());

        awaitInterventions(municipality, 1);
        assertThat(stored(noCbsCode.interventionId())).isEmpty();
    }

    private ScanView awaitStored(UUID interventionId) {
        return await().atMost(ScanTopic.CONSUMED).until(() -> stored(interventionId), Optional::isPresent).orElseThrow();
    }

    private Optional<ScanView> stored(UUID interventionId) {
        return QuarkusTransaction.requiringNew().call(() -> scanViews.findByIdOptional(interventionId));
    }
}
