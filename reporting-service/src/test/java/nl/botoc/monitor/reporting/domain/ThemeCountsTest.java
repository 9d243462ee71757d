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
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ThemeCountsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("no scans yet", List.of(), Map.of()),
                arguments("one intervention, one theme", List.of(touching("vroegsignalering")),
                        Map.of("vroegsignalering", 1)),
                arguments("an intervention counts once for every theme it touches",
                        List.of(touching("gedrag-identiteit", "schoolomgeving"), touching("schoolomgeving")),
                        Map.of("gedrag-identiteit", 1, "schoolomgeving", 2)),
                arguments("a theme named twice counts once", List.of(touching("werk-opleiding", "werk-opleiding")),
                        Map.of("werk-opleiding", 1)),
                arguments("the approach does not matter",
                        List.of(aScan().classified(GEFUNDEERD, REPRESSIEF, "opsporing-vervolging").build(),
                                touching("opsporing-vervolging")),
                        Map.of("opsporing-vervolging", 2)),
                arguments("scans without classification or without themes count nowhere",
                        List.of(aScan().build(), touching(), aScan().classified(GEFUNDEERD, PREVENTIEF,
                                (String[]) null).build()),
                        Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsInterventionsPerTheme(String rule, List<InterventionScan> scans, Map<String, Integer> expected) {
        assertThat(ThemeCounts.of(scans)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void themesAreInCodeOrder() {
        assertThat(ThemeCounts.of(List.of(touching("werk-opleiding"), touching("criminele-families"),
                touching("werk-opleiding", "vroegsignalering"))).keySet())
                .containsExactly("criminele-families", "vroegsignalering", "werk-opleiding");
    }

    private static InterventionScan touching(String... themes) {
        return aScan().classified(GEFUNDEERD, PREVENTIEF, themes).build();
    }
}
