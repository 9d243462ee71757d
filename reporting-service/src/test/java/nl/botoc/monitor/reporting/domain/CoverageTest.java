package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.reporting.TestEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.contract.TargetedFactor.Kind.PROTECTIVE;
import static nl.botoc.monitor.contract.TargetedFactor.Kind.RISK;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Against the report's evidence base: 12 founded risk factors, of which 2 no intervention can change, 13 protective. */
class CoverageTest {

    private static final String AMSTERDAM = "GM0363";
    private static final String ARNHEM = "GM0202";

    static Stream<Arguments> counts() {
        // status of one Amsterdam intervention working on antisocial traits and moral insight; counted or not
        return Stream.of(
                arguments(STARTED, 1),
                arguments(PLANNED, 0),
                arguments(CANCELLED, 0),
                arguments(COMPLETED, 0));
    }

    @ParameterizedTest(name = "{0} counts {1}")
    @MethodSource("counts")
    void countsOnlyInterventionsInPractice(LifecycleStatus status, int counted) {
        Coverage coverage = Coverage.of(List.of(working(AMSTERDAM, status), working(ARNHEM, PLANNED)),
                TestEvidence.base());

        assertThat(coverage.municipalities()).containsExactly(AMSTERDAM, ARNHEM);
        assertThat(row(coverage.foundedRisk(), "antisociale-persoonlijkheidskenmerken").counts())
                .containsExactly(counted, 0);
        assertThat(row(coverage.protective(), "moreel-inzicht").total()).isEqualTo(counted);
        assertThat(coverage.inPractice()).isEqualTo(counted);
    }

    @Test
    void aFactorNoInterventionInPracticeWorksOnIsAGap() {
        Coverage coverage = Coverage.of(List.of(working(AMSTERDAM, STARTED)), TestEvidence.base());

        assertThat(row(coverage.foundedRisk(), "drugsgebruik").gap()).isTrue();
        assertThat(row(coverage.foundedRisk(), "antisociale-persoonlijkheidskenmerken").gap()).isFalse();
    }

    @Test
    void keepsTheFoundedFactorsNoInterventionCanChangeApart() {
        Coverage coverage = Coverage.of(List.of(), TestEvidence.base());

        assertThat(coverage.unchangeable()).extracting(Coverage.FactorRow::code)
                .containsExactly("man-zijn", "hogere-leeftijd-dan-veroordeelden");
        assertThat(coverage.foundedRisk()).hasSize(10)
                .extracting(Coverage.FactorRow::code).contains("drugsgebruik").doesNotContain("man-zijn");
        assertThat(coverage.protective()).hasSize(13);
        assertThat(coverage.evidenceVersion()).isEqualTo(1);
    }

    @Test
    void withoutAnEvidenceBaseHasNoRows() {
        Coverage coverage = Coverage.of(List.of(working(AMSTERDAM, STARTED)), null);

        assertThat(coverage.foundedRisk()).isEmpty();
        assertThat(coverage.evidenceVersion()).isZero();
    }

    private static InterventionScan working(String municipality, LifecycleStatus status) {
        return aScan().in(municipality).status(status).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit")
                .targeting(declared("antisociale-persoonlijkheidskenmerken", RISK),
                        declared("moreel-inzicht", PROTECTIVE))
                .build();
    }

    private static Coverage.FactorRow row(List<Coverage.FactorRow> rows, String code) {
        return rows.stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }
}
