package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.Approach.REPRESSIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.EXPLORATIEF;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.domain.EvidenceCounts.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FiguresTest {

    private static final String AMSTERDAM = "GM0363";
    private static final String ROTTERDAM = "GM0599";

    static Stream<Arguments> cases() {
        // expected: interventions, municipalities, adjusted, by status (planned, started, completed, cancelled),
        // evidence
        return Stream.of(
                arguments("no scans yet", List.of(),
                        figures(0, 0, 0, new StatusCounts(0, 0, 0, 0), NONE)),
                arguments("planned is neither in practice nor done", List.of(aScan().status(PLANNED).build()),
                        figures(1, 1, 0, new StatusCounts(1, 0, 0, 0), NONE)),
                arguments("started is in practice", List.of(aScan().status(STARTED).build()),
                        figures(1, 1, 0, new StatusCounts(0, 1, 0, 0), NONE)),
                arguments("cancelled is not carried out", List.of(aScan().status(CANCELLED).build()),
                        figures(1, 1, 0, new StatusCounts(0, 0, 0, 1), NONE)),
                arguments("completed is no longer in practice", List.of(aScan().status(COMPLETED).build()),
                        figures(1, 1, 0, new StatusCounts(0, 0, 1, 0), NONE)),
                arguments("adjusted counts whatever the status",
                        List.of(aScan().status(STARTED).adjusted().build(),
                                aScan().status(CANCELLED).adjusted().build(),
                                aScan().status(PLANNED).build()),
                        figures(3, 1, 2, new StatusCounts(1, 1, 0, 1), NONE)),
                arguments("a municipality counts once however many interventions it has",
                        List.of(aScan().in(AMSTERDAM).build(), aScan().in(AMSTERDAM).build(),
                                aScan().in(ROTTERDAM).status(STARTED).build()),
                        figures(3, 2, 0, new StatusCounts(2, 1, 0, 0), NONE)),
                arguments("added interventions count like any other",
                        List.of(aScan().added().status(STARTED).build()),
                        figures(1, 1, 0, new StatusCounts(0, 1, 0, 0), NONE)),
                arguments("classified interventions count by level and approach, unclassified ones nowhere",
                        List.of(aScan().classified(ERKEND, PREVENTIEF).build(),
                                aScan().classified(EXPLORATIEF, REPRESSIEF).build(), aScan().build()),
                        figures(3, 1, 0, new StatusCounts(3, 0, 0, 0), new EvidenceCounts(1, 1, 1, 1, 1, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsTheScans(String rule, List<InterventionScan> scans, Figures expected) {
        assertThat(Figures.of(scans)).isEqualTo(expected);
    }

    static Stream<Arguments> added() {
        return Stream.of(
                arguments("none added", List.of(aScan().build(), aScan().build()), 0),
                arguments("one of two added", List.of(aScan().build(), aScan().added().build()), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("added")
    void onlyThePortfolioSaysHowManyWereAdded(String rule, List<InterventionScan> scans, int added) {
        assertThat(Figures.ofPortfolio(scans).added()).isEqualTo(added);
        assertThat(Figures.of(scans).added()).isNull();
    }

    @Test
    void putsEachCountInItsPlace() {
        Figures figures = Figures.from(20, 8, 3,
                new StatusCounts(4, 5, 6, 7), new EvidenceCounts(9, 1, 2, 11, 12, 13), 14);

        // interventions, municipalities, inPractice (started), notCarriedOut (cancelled), adjusted, planned,
        // completed, preventive, repressive, founded, recognised, exploratory, unfounded, added
        assertThat(figures).isEqualTo(new Figures(20, 8, 5, 7, 3, 4, 6, 12, 13, 9, 1, 2, 11, 14));
    }

    private static Figures figures(int interventions, int municipalities, int adjusted, StatusCounts byStatus,
                                   EvidenceCounts evidence) {
        return Figures.from(interventions, municipalities, adjusted, byStatus, evidence, null);
    }
}
