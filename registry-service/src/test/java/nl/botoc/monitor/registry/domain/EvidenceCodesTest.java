package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.domain.Details.NONE;
import static nl.botoc.monitor.registry.domain.Details.method;
import static nl.botoc.monitor.registry.domain.Details.primaryTheme;
import static nl.botoc.monitor.registry.domain.Details.protectiveFactors;
import static nl.botoc.monitor.registry.domain.Details.riskFactors;
import static nl.botoc.monitor.registry.domain.Details.themes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EvidenceCodesTest {

    /** The golden fixture's evidence base: one theme, risk factor, protective factor and method, at version 2. */
    private static final EvidenceBase GOLDEN = EventJson.read(GoldenFixtures.read(GoldenFixtures.EVIDENCE.get(0)),
            EvidenceChanged.class).evidenceBase();
    private static final EvidenceCodes CODES = EvidenceCodes.of(GOLDEN);

    private static final String THEME = "gedrag-identiteit";
    private static final String RISK = "antisociale-persoonlijkheidskenmerken";
    private static final String PROTECTIVE = "moreel-inzicht";
    private static final String METHOD = "rots-en-water";

    static Stream<Arguments> detailsAndTheirUnknownCodes() {
        return Stream.of(
                arguments("no codes", NONE, List.of()),
                arguments("only codes the base defines", themes(THEME).with(riskFactors(RISK))
                        .with(protectiveFactors(PROTECTIVE)).with(method(METHOD)), List.of()),
                arguments("an unknown theme", themes(THEME, "foo"), List.of("themes[1] foo")),
                arguments("an unknown risk factor", riskFactors("man-zijn", RISK), List.of("riskFactors[0] man-zijn")),
                arguments("an unknown protective factor", protectiveFactors("een-baan-hebben"),
                        List.of("protectiveFactors[0] een-baan-hebben")),
                arguments("an unknown method", method("triple-p"), List.of("method triple-p")),
                arguments("unknown codes of every kind, in field order", method("pit").with(themes("x", "y"))
                        .with(riskFactors("z")).with(protectiveFactors(PROTECTIVE, "w")),
                        List.of("themes[0] x", "themes[1] y", "riskFactors[0] z", "protectiveFactors[1] w",
                                "method pit")),
                arguments("a code in other case", themes("Gedrag-Identiteit"), List.of("themes[0] Gedrag-Identiteit")),
                arguments("a risk factor code as theme", themes(RISK), List.of("themes[0] " + RISK)),
                arguments("a missing code, which the field rules report", themes(THEME, null), List.of()),
                arguments("a primary theme alone, which must be among the checked themes", primaryTheme("foo"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailsAndTheirUnknownCodes")
    void unknownCodesAreFoundWithTheirFields(String name, InterventionDetails details, List<String> expected) {
        assertThat(CODES.unknownIn(details)).extracting(unknown -> unknown.field() + " " + unknown.code())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void unknownCodeListsTheValidCodesOfItsKind() {
        assertThat(CODES.unknownIn(themes(THEME, "foo"))).singleElement().satisfies(unknown -> {
            assertThat(unknown.kind()).isEqualTo(CodeKind.THEME);
            assertThat(unknown.valid()).containsExactly(THEME);
            assertThat(unknown.message()).isEqualTo("unknown theme 'foo'; valid: gedrag-identiteit");
        });
        assertThat(CODES.unknownIn(method("triple-p")).get(0).message())
                .isEqualTo("unknown method 'triple-p'; valid: rots-en-water");
    }

    @Test
    void goldenFixtureGivesItsVersionAndCodes() {
        assertThat(CODES.version()).isEqualTo(2);
        assertThat(GOLDEN.themes()).extracting(theme -> theme.code()).containsExactly(THEME);
    }

    static Stream<Arguments> detailsThatNameCodesOrNot() {
        return Stream.of(
                arguments("nothing", NONE, false),
                arguments("a name only", InterventionDetails.named("ROT1", "Bon Sjans"), false),
                arguments("an empty list of themes", themes(), false),
                arguments("a primary theme only", primaryTheme(THEME), false),
                arguments("a theme", themes(THEME), true),
                arguments("a risk factor", riskFactors(RISK), true),
                arguments("a protective factor", protectiveFactors(PROTECTIVE), true),
                arguments("a method", method(METHOD), true));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("detailsThatNameCodesOrNot")
    void onlyDetailsThatNameCodesNeedAnEvidenceBase(String name, InterventionDetails details, boolean expected) {
        assertThat(EvidenceCodes.anyIn(details)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "known {0}, arrived {1}: keep {2}")
    @CsvSource({
            "  , 1, 1",
            "1, 2, 2",
            "2, 1, 2",
            "1, 5, 5",
            "5, 4, 5"})
    void theHighestVersionIsKept(Long known, long arrived, long kept) {
        EvidenceCodes knownCodes = known == null ? null : at(known);

        assertThat(EvidenceCodes.latest(knownCodes, at(arrived)).version()).isEqualTo(kept);
    }

    @Test
    void theSameVersionAgainKeepsTheOneKnown() {
        EvidenceCodes known = at(3);

        assertThat(EvidenceCodes.latest(known, at(3))).isSameAs(known);
    }

    private static EvidenceCodes at(long version) {
        return EvidenceCodes.of(new EvidenceBase(version, GOLDEN.name(), GOLDEN.source(), GOLDEN.notes(),
                GOLDEN.themes(), GOLDEN.riskFactorGroups(), GOLDEN.riskFactors(), GOLDEN.protectiveFactors(),
                GOLDEN.recognisedMethods()));
    }
}
