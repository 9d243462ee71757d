package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.Approach.REPRESSIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.EXPLORATIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.EvidenceLevel.ONGEFUNDEERD;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EvidenceCountsTest {

    static Stream<Arguments> cases() {
        // expected: founded, recognised, exploratory, unfounded, preventive, repressive
        return Stream.of(
                arguments("no scans yet", List.of(), EvidenceCounts.NONE),
                arguments("erkend is founded and recognised", List.of(scan(ERKEND, PREVENTIEF)),
                        new EvidenceCounts(1, 1, 0, 0, 1, 0)),
                arguments("gefundeerd is founded, not recognised", List.of(scan(GEFUNDEERD, PREVENTIEF)),
                        new EvidenceCounts(1, 0, 0, 0, 1, 0)),
                arguments("exploratief is unfounded and exploratory", List.of(scan(EXPLORATIEF, PREVENTIEF)),
                        new EvidenceCounts(0, 0, 1, 1, 1, 0)),
                arguments("ongefundeerd is unfounded, not exploratory", List.of(scan(ONGEFUNDEERD, PREVENTIEF)),
                        new EvidenceCounts(0, 0, 0, 1, 1, 0)),
                arguments("repressief is not preventive", List.of(scan(GEFUNDEERD, REPRESSIEF)),
                        new EvidenceCounts(1, 0, 0, 0, 0, 1)),
                arguments("a scan without classification counts nowhere", List.of(aScan().build()),
                        EvidenceCounts.NONE),
                arguments("a classification without level or approach counts in neither",
                        List.of(scan(null, PREVENTIEF), scan(ERKEND, null)),
                        new EvidenceCounts(1, 1, 0, 0, 1, 0)),
                arguments("the report's 62: 56 founded of which 6 erkend, 6 unfounded; 55 preventive, 7 repressive",
                        concat(times(6, ERKEND, PREVENTIEF), times(43, GEFUNDEERD, PREVENTIEF),
                                times(7, GEFUNDEERD, REPRESSIEF), times(2, EXPLORATIEF, PREVENTIEF),
                                times(4, ONGEFUNDEERD, PREVENTIEF)),
                        new EvidenceCounts(56, 6, 2, 6, 55, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsAsTheReportDoes(String rule, List<InterventionScan> scans, EvidenceCounts expected) {
        assertThat(EvidenceCounts.of(scans)).isEqualTo(expected);
    }

    private static InterventionScan scan(EvidenceLevel level, Approach approach) {
        return aScan().classified(level, approach).build();
    }

    private static Stream<InterventionScan> times(int count, EvidenceLevel level, Approach approach) {
        return IntStream.range(0, count).mapToObj(i -> scan(level, approach));
    }

    @SafeVarargs
    private static List<InterventionScan> concat(Stream<InterventionScan>... parts) {
        return Stream.of(parts).flatMap(part -> part).toList();
    }
}
