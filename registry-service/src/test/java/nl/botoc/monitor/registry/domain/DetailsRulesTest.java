package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.TargetGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.domain.Details.NONE;
import static nl.botoc.monitor.registry.domain.Details.ages;
import static nl.botoc.monitor.registry.domain.Details.method;
import static nl.botoc.monitor.registry.domain.Details.primaryTheme;
import static nl.botoc.monitor.registry.domain.Details.protectiveFactors;
import static nl.botoc.monitor.registry.domain.Details.riskFactors;
import static nl.botoc.monitor.registry.domain.Details.themes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DetailsRulesTest {

    private static final InterventionDetails COMPLETE = new InterventionDetails("ROT1", "Schoon Schip", "Dagprogramma's",
            List.of("gedrag-identiteit", "werk-opleiding"), "gedrag-identiteit", List.of("antisociale-persoonlijkheidskenmerken"),
            List.of("moreel-inzicht"), "rots-en-water", false, new TargetGroup(12, 23, "Jongeren"), "Perspectief bieden", null);

    static Stream<Arguments> detailsAndTheFieldsThatBreakARule() {
        return Stream.of(
                arguments("complete details", COMPLETE, List.of()),
                arguments("nothing given", NONE, List.of()),
                arguments("a blank name", InterventionDetails.named(null, " "), List.of("details.name")),
                arguments("a blank code", InterventionDetails.named("", "Bon Sjans"), List.of("details.code")),
                arguments("a blank method", method(" "), List.of("details.method")),
                arguments("a theme listed twice", themes("a", "b", "a"), List.of("details.themes[2]")),
                arguments("a blank theme", themes("a", " "), List.of("details.themes[1]")),
                arguments("a missing risk factor", riskFactors((String) null), List.of("details.riskFactors[0]")),
                arguments("a risk factor listed twice", riskFactors("x", "x", "x"),
                        List.of("details.riskFactors[1]", "details.riskFactors[2]")),
                arguments("a protective factor listed twice", protectiveFactors("p", "q", "p"),
                        List.of("details.protectiveFactors[2]")),
                arguments("the same code as theme and as risk factor", themes("x").with(riskFactors("x")), List.of()),
                arguments("minAge above maxAge", ages(18, 12), List.of("details.targetGroup")),
                arguments("equal ages", ages(16, 16), List.of()),
                arguments("an open range", ages(12, null), List.of()),
                arguments("the youngest and oldest plausible ages", ages(0, 120), List.of()),
                arguments("a negative age", ages(-1, 12), List.of("details.targetGroup.minAge")),
                arguments("an implausible age", ages(null, 121), List.of("details.targetGroup.maxAge")),
                arguments("implausible ages the wrong way round", ages(200, -5),
                        List.of("details.targetGroup.minAge", "details.targetGroup.maxAge", "details.targetGroup")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailsAndTheFieldsThatBreakARule")
    void eachFieldFollowsItsRules(String name, InterventionDetails details, List<String> fields) {
        assertThat(DetailsRules.brokenBy("details", details).keySet()).containsExactlyElementsOf(fields);
    }

    static Stream<Arguments> primaryThemesAfterAChange() {
        List<String> ab = List.of("a", "b");
        InterventionDetails registeredAb = themes(ab, "a");
        return Stream.of(
                arguments("registered among its themes", null, themes(ab, "a"), List.of()),
                arguments("registered without a primary theme", null, themes(ab, null), List.of()),
                arguments("registered outside its themes", null, themes(ab, "c"), List.of("details.primaryTheme")),
                arguments("registered without themes", null, primaryTheme("a"), List.of("details.primaryTheme")),
                arguments("themes adjusted, primary kept", registeredAb, themes("a"), List.of()),
                arguments("themes adjusted, primary dropped", registeredAb, themes("b"), List.of("details.themes")),
                arguments("themes and primary adjusted together", registeredAb, themes(List.of("c"), "c"), List.of()),
                arguments("primary adjusted to another theme", registeredAb, primaryTheme("b"), List.of()),
                arguments("primary adjusted to no theme", registeredAb, primaryTheme("c"), List.of("details.primaryTheme")),
                arguments("name adjusted only", registeredAb, InterventionDetails.named(null, "Bon Sjans"), List.of()),
                arguments("themes adjusted, no primary", themes(ab, null), themes("c"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primaryThemesAfterAChange")
    void primaryThemeIsOneOfTheThemesAfterTheChange(String name, InterventionDetails before,
                                                   InterventionDetails changes, List<String> fields) {
        Map<String, String> broken = DetailsRules.primaryThemeBrokenBy("details", before, changes);

        assertThat(broken.keySet()).containsExactlyElementsOf(fields);
    }
}
