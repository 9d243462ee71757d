package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.InterventionScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScanValidationTest {

    static Stream<Arguments> invalidScans() {
        return Stream.of(
                arguments(aScan().id(null).build(), "no interventionId"),
                arguments(aScan().in("Amsterdam").build(), "municipality is not a CBS code: Amsterdam"),
                arguments(aScan().in(null).build(), "municipality is not a CBS code: null"),
                arguments(aScan().status(null).build(), "no status"),
                arguments(aScan().origin(null).build(), "no origin"),
                arguments(aScan().sequence(0).build(), "lifecycleSequence starts at 1, was 0"),
                arguments(aScan().at(-1, 3).build(), "lifecycle position is negative: partition -1, offset 3"),
                arguments(aScan().evidenceVersion(-1).build(), "evidenceVersion is negative: -1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidScans")
    void namesWhatIsWrong(InterventionScan scan, String problem) {
        assertThat(ScanValidation.problems(scan)).containsExactly(problem);
    }

    @Test
    void aCompleteScanHasNoProblems() {
        assertThat(ScanValidation.problems(aScan().build())).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#SCANS")
    void everyGoldenScanFixtureIsCounted(String fixture) {
        InterventionScan scan = EventJson.readScan(GoldenFixtures.read(fixture));

        assertThat(ScanValidation.problems(scan)).isEmpty();
        assertThat(Overview.of(List.of(scan)).portfolio().interventions()).isEqualTo(1);
    }
}
