package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.Approach.REPRESSIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.EXPLORATIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.EvidenceLevel.ONGEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.COMPLETED;
import static nl.botoc.monitor.contract.LifecycleStatus.PLANNED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class OverviewTest {

    static Stream<Arguments> originalAndAdded() {
        // expected: original-plan interventions, portfolio interventions, portfolio added
        return Stream.of(
                arguments("only the original plan", List.of(aScan().build(), aScan().build()), 2, 2, 0),
                arguments("only added", List.of(aScan().added().build()), 0, 1, 1),
                arguments("both", List.of(aScan().build(), aScan().added().build(), aScan().added().build()), 1, 3, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("originalAndAdded")
    void originalPlanLeavesOutAddedInterventionsThePortfolioCountsThem(
            String rule, List<InterventionScan> scans, int original, int portfolio, int added) {
        Overview overview = Overview.of(scans);

        assertThat(overview.originalPlan().interventions()).isEqualTo(original);
        assertThat(overview.portfolio().interventions()).isEqualTo(portfolio);
        assertThat(overview.portfolio().added()).isEqualTo(added);
    }

    @Test
    void originalPlanFiguresOnlyCountTheOriginalPlan() {
        List<InterventionScan> original = List.of(
                aScan().status(STARTED).classified(ERKEND, PREVENTIEF, "gedrag-identiteit").build(),
                aScan().status(CANCELLED).adjusted().classified(ONGEFUNDEERD, PREVENTIEF).build());
        InterventionScan added = aScan().added().status(STARTED).adjusted().in("GM0599")
                .classified(GEFUNDEERD, REPRESSIEF, "opsporing-vervolging").build();

        List<InterventionScan> all = Stream.concat(original.stream(), Stream.of(added)).toList();

        Overview overview = Overview.of(all);

        assertThat(overview.originalPlan()).isEqualTo(Figures.of(original));
        assertThat(overview.portfolio()).isEqualTo(Figures.ofPortfolio(all));
        assertThat(overview.portfolio().added()).isEqualTo(1);
    }

    static Stream<Arguments> classifiedOriginalAndAdded() {
        // expected: original-plan founded and repressive, portfolio founded and repressive, themes, portfolio themes
        return Stream.of(
                arguments("unclassified scans count in no evidence figure and no theme",
                        List.of(aScan().build(), aScan().added().build()), 0, 0, 0, 0, Map.of(), Map.of()),
                arguments("an added intervention counts in the portfolio only",
                        List.of(aScan().classified(GEFUNDEERD, PREVENTIEF, "schoolomgeving").build(),
                                aScan().added().classified(ERKEND, REPRESSIEF,
                                        "schoolomgeving", "opsporing-vervolging").build()),
                        1, 0, 2, 1,
                        Map.of("schoolomgeving", 1),
                        Map.of("schoolomgeving", 2, "opsporing-vervolging", 1)),
                arguments("unfounded interventions are no founded ones anywhere",
                        List.of(aScan().classified(EXPLORATIEF, PREVENTIEF, "online-leefwereld").build(),
                                aScan().added().classified(ONGEFUNDEERD, PREVENTIEF).build()),
                        0, 0, 0, 0, Map.of("online-leefwereld", 1), Map.of("online-leefwereld", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classifiedOriginalAndAdded")
    void evidenceAndThemesOfTheOriginalPlanLeaveOutAddedInterventions(
            String rule, List<InterventionScan> scans, int originalFounded, int originalRepressive,
            int portfolioFounded, int portfolioRepressive, Map<String, Integer> themes,
            Map<String, Integer> portfolioThemes) {
        Overview overview = Overview.of(scans);

        assertThat(overview.originalPlan().founded()).isEqualTo(originalFounded);
        assertThat(overview.originalPlan().repressive()).isEqualTo(originalRepressive);
        assertThat(overview.portfolio().founded()).isEqualTo(portfolioFounded);
        assertThat(overview.portfolio().repressive()).isEqualTo(portfolioRepressive);
        assertThat(overview.themes()).containsExactlyInAnyOrderEntriesOf(themes);
        assertThat(overview.portfolioThemes()).containsExactlyInAnyOrderEntriesOf(portfolioThemes);
    }

    @Test
    void byStatusCountsEveryIntervention() {
        Overview overview = Overview.of(List.of(
                aScan().status(PLANNED).build(), aScan().added().status(PLANNED).build(),
                aScan().status(STARTED).build(), aScan().status(COMPLETED).build()));

        assertThat(overview.byStatus()).isEqualTo(new StatusCounts(2, 1, 1, 0));
    }

    @Test
    void municipalitiesAreNamedAndInNameOrderWithTheirOwnCounts() {
        Overview overview = Overview.of(List.of(
                aScan().in("GM0599").status(STARTED).classified(ERKEND, PREVENTIEF).build(),
                aScan().in("GM0363").status(CANCELLED).classified(GEFUNDEERD, REPRESSIEF).build(),
                aScan().in("GM0599").added().status(PLANNED).classified(EXPLORATIEF, PREVENTIEF).build(),
                aScan().in("GM9001").build()));

        assertThat(overview.municipalities()).containsExactly(
                new MunicipalityFigures("GM0363", "Amsterdam", 1, new StatusCounts(0, 0, 0, 1), 1, 0),
                new MunicipalityFigures("GM9001", "GM9001", 1, new StatusCounts(1, 0, 0, 0), 0, 0),
                new MunicipalityFigures("GM0599", "Rotterdam", 2, new StatusCounts(1, 1, 0, 0), 1, 1));
    }

    static Stream<Arguments> logPositions() {
        // expected: logPosition, logOffsets
        return Stream.of(
                arguments("no scans reflect no events", List.of(), 0L, Map.of()),
                arguments("one scan reflects its sequence",
                        List.of(aScan().sequence(3).at(4, 17).build()), 3L, Map.of(4, 17L)),
                arguments("sequences add up; the highest offset per partition counts",
                        List.of(aScan().sequence(3).at(1, 40).build(), aScan().sequence(2).at(1, 12).build(),
                                aScan().sequence(1).at(5, 7).build()),
                        6L, Map.of(1, 40L, 5, 7L)),
                arguments("the same events on other partitions give the same position",
                        List.of(aScan().sequence(3).at(0, 2).build(), aScan().sequence(2).at(0, 1).build(),
                                aScan().sequence(1).at(0, 0).build()),
                        6L, Map.of(0, 2L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logPositions")
    void saysWhichLifecycleEventsItReflects(
            String rule, List<InterventionScan> scans, long logPosition, Map<Integer, Long> logOffsets) {
        Overview overview = Overview.of(scans);

        assertThat(overview.logPosition()).isEqualTo(logPosition);
        assertThat(overview.logOffsets()).containsExactlyInAnyOrderEntriesOf(logOffsets);
    }

    static Stream<Arguments> evidenceVersions() {
        return Stream.of(
                arguments("no scans yet", List.of(), 0L),
                arguments("all under one version", List.of(aScan().evidenceVersion(3).build(),
                        aScan().evidenceVersion(3).build()), 3L),
                arguments("midway through a re-derivation, some scans still under older versions",
                        List.of(aScan().evidenceVersion(2).build(), aScan().evidenceVersion(5).build(),
                                aScan().evidenceVersion(1).build()), 5L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidenceVersions")
    void evidenceVersionIsTheHighestOfAnyScan(String rule, List<InterventionScan> scans, long evidenceVersion) {
        assertThat(Overview.of(scans).evidenceVersion()).isEqualTo(evidenceVersion);
    }

    @Test
    void scansUnderDifferentEvidenceVersionsCountAsEachWasClassified() {
        Overview overview = Overview.of(List.of(
                aScan().evidenceVersion(1).classified(GEFUNDEERD, PREVENTIEF).build(),
                aScan().evidenceVersion(2).classified(ONGEFUNDEERD, PREVENTIEF).build()));

        assertThat(overview.originalPlan().founded()).isEqualTo(1);
        assertThat(overview.originalPlan().unfounded()).isEqualTo(1);
        assertThat(overview.evidenceVersion()).isEqualTo(2);
    }
}
