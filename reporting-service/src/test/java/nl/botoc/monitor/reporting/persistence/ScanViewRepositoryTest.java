package nl.botoc.monitor.reporting.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
class ScanViewRepositoryTest {

    @Inject
    ScanViewRepository scanViews;

    static Stream<Arguments> incomingAfterStored() {
        // stored (sequence, evidence version), incoming (sequence, evidence version), whether it applies
        return Stream.of(
                arguments("a later lifecycle event", 3, 0, 4, 0, true),
                arguments("the same event under a newer evidence version", 3, 0, 3, 1, true),
                arguments("a later event derived under an older evidence version", 3, 2, 4, 1, true),
                arguments("the same scan again", 3, 1, 3, 1, false),
                arguments("the same event under an older evidence version", 3, 1, 3, 0, false),
                arguments("an older event, however new its evidence version", 3, 0, 2, 5, false));
    }

    @ParameterizedTest(name = "{0}: applied {5}")
    @MethodSource("incomingAfterStored")
    void appliesAScanOnlyWhenItIsNewer(String rule, long storedSequence, long storedEvidence,
                                       long sequence, long evidence, boolean applies) {
        UUID interventionId = UUID.randomUUID();
        String municipality = randomTestMunicipality();
        assertThat(scanViews.apply(aScan().id(interventionId).in(municipality).status(PLANNED)
                .sequence(storedSequence).evidenceVersion(storedEvidence).build()).changed()).isTrue();

        boolean applied = scanViews.apply(aScan().id(interventionId).in(municipality).status(STARTED)
                .sequence(sequence).evidenceVersion(evidence).build()).changed();

        assertThat(applied).isEqualTo(applies);
        ScanView stored = QuarkusTransaction.requiringNew().call(() -> scanViews.findById(interventionId));
        assertThat(stored.status).isEqualTo(applies ? "started" : "planned");
        assertThat(stored.lifecycleSequence).isEqualTo(applies ? sequence : storedSequence);
        assertThat(stored.evidenceVersion).isEqualTo(applies ? evidence : storedEvidence);
    }

    @Test
    void refusesAScanNamingAnotherMunicipalityThanTheStoredOneAndKeepsTheRow() {
        UUID interventionId = UUID.randomUUID();
        String owner = randomTestMunicipality();
        String other = randomTestMunicipality();
        scanViews.apply(aScan().id(interventionId).in(owner).status(PLANNED).sequence(1).build());

        Stored refused = scanViews.apply(aScan().id(interventionId).in(other).status(STARTED).sequence(2).build());

        assertThat(refused.refused()).isTrue();
        assertThat(refused.refusal()).contains(owner, other);
        ScanView stored = QuarkusTransaction.requiringNew().call(() -> scanViews.findById(interventionId));
        assertThat(stored.municipality).isEqualTo(owner);
        assertThat(stored.lifecycleSequence).isEqualTo(1);
    }
}
