package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.contract.TargetedFactor.Kind;
import nl.botoc.monitor.contract.TargetedFactor.Provenance;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.evidence.FactorGroup;
import nl.botoc.monitor.contract.evidence.ProtectiveFactor;
import nl.botoc.monitor.contract.evidence.RecognisedMethod;
import nl.botoc.monitor.contract.evidence.RiskFactor;
import nl.botoc.monitor.contract.evidence.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierTest {

    private static final LocalDate IN_2021 = LocalDate.of(2021, 12, 31);

    /** A small evidence base with one theme of each kind the rules distinguish. */
    static final EvidenceBase EVIDENCE = new EvidenceBase(1, "test", "test", List.of(),
            List.of(
                    new Theme("gedrag-identiteit", "Gedrag/identiteit", "Behaviour", false,
                            List.of("antisociale-persoonlijkheidskenmerken"), List.of("moreel-inzicht")),
                    new Theme("online-leefwereld", "Online leefwereld", "Online", false, List.of(), List.of()),
                    new Theme("werk-opleiding", "Werk/opleiding", "Work", false,
                            List.of("antisociale-persoonlijkheidskenmerken", "laag-opleidingsniveau"), List.of()),
                    new Theme("opsporing-vervolging", "Opsporing/vervolging", "Investigation", true,
                            List.of("criminele-achtergrond"), List.of()),
                    new Theme("plausibel-thema", "Plausibel thema", "Plausible theme", false,
                            List.of("stabiele-relatie"), List.of())),
            List.of(new FactorGroup("persoonlijk", "Persoonlijk", "Personal")),
            List.of(
                    risk("antisociale-persoonlijkheidskenmerken", "Antisociale persoonlijkheidskenmerken", EvidenceClass.FOUNDED),
                    risk("laag-opleidingsniveau", "Een laag opleidingsniveau", EvidenceClass.FOUNDED),
                    risk("criminele-achtergrond", "Een criminele achtergrond", EvidenceClass.FOUNDED),
                    risk("stabiele-relatie", "Het hebben van een stabiele relatie", EvidenceClass.PLAUSIBLE)),
            List.of(new ProtectiveFactor("moreel-inzicht", "Moreel inzicht", "Moral insight", "Jongeren")),
            List.of(
                    new RecognisedMethod("rots-en-water", "Rots en Water", "NJi", "goed onderbouwd",
                            LocalDate.of(2015, 1, 1), null),
                    new RecognisedMethod("verlopen-methode", "Verlopen methode", "NJi", "goed onderbouwd",
                            LocalDate.of(2015, 1, 1), LocalDate.of(2021, 1, 1))));

    private static RiskFactor risk(String code, String nl, EvidenceClass evidenceClass) {
        return new RiskFactor(code, "persoonlijk", nl, code, evidenceClass, "Algemeen", true, true);
    }

    static InterventionDetails details(List<String> themes, List<String> declaredRisk, String method, Boolean pilot) {
        return new InterventionDetails("T1", "Test", null, themes, themes.isEmpty() ? null : themes.get(0),
                declaredRisk, null, method, pilot, null, null, null);
    }

    static Stream<Arguments> evidenceLevels() {
        return Stream.of(
                Arguments.of("recognised method wins over everything", details(List.of("online-leefwereld"), null, "rots-en-water", true), EvidenceLevel.ERKEND),
                Arguments.of("expired recognition falls through to the factors", details(List.of("gedrag-identiteit"), null, "verlopen-methode", false), EvidenceLevel.GEFUNDEERD),
                Arguments.of("founded factor inferred from theme", details(List.of("gedrag-identiteit"), null, null, false), EvidenceLevel.GEFUNDEERD),
                Arguments.of("founded factor declared", details(List.of("online-leefwereld"), List.of("laag-opleidingsniveau"), null, false), EvidenceLevel.GEFUNDEERD),
                Arguments.of("declared factors take precedence over the theme's", details(List.of("gedrag-identiteit"), List.of("stabiele-relatie"), null, false), EvidenceLevel.ONGEFUNDEERD),
                Arguments.of("plausible factor only, pilot", details(List.of("plausibel-thema"), null, null, true), EvidenceLevel.EXPLORATIEF),
                Arguments.of("no factors, pilot", details(List.of("online-leefwereld"), null, null, true), EvidenceLevel.EXPLORATIEF),
                Arguments.of("no factors, no pilot", details(List.of("online-leefwereld"), null, null, null), EvidenceLevel.ONGEFUNDEERD),
                Arguments.of("no themes at all", details(List.of(), null, null, false), EvidenceLevel.ONGEFUNDEERD),
                Arguments.of("unknown method is no recognition", details(List.of("online-leefwereld"), null, "onbekend", false), EvidenceLevel.ONGEFUNDEERD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidenceLevels")
    void evidenceLevelIsTheFirstRuleThatHolds(String rule, InterventionDetails details, EvidenceLevel expected) {
        assertThat(Classifier.classify(details, List.of(), IN_2021, EVIDENCE).evidenceLevel()).isEqualTo(expected);
    }

    static Stream<Arguments> approaches() {
        return Stream.of(
                Arguments.of(List.of("gedrag-identiteit"), Approach.PREVENTIEF),
                Arguments.of(List.of("opsporing-vervolging"), Approach.REPRESSIEF),
                Arguments.of(List.of("gedrag-identiteit", "opsporing-vervolging"), Approach.REPRESSIEF),
                Arguments.of(List.of(), Approach.PREVENTIEF));
    }

    @ParameterizedTest
    @MethodSource("approaches")
    void approachIsRepressiveWhenAnyThemeIs(List<String> themes, Approach expected) {
        assertThat(Classifier.classify(details(themes, null, null, false), List.of(), IN_2021, EVIDENCE).approach())
                .isEqualTo(expected);
    }

    static Stream<Arguments> adjustments() {
        return Stream.of(
                Arguments.of(List.of(), true),
                Arguments.of(List.of("name"), true),
                Arguments.of(List.of("name", "code"), true),
                Arguments.of(List.of("name", "themes"), false),
                Arguments.of(List.of("description"), false),
                Arguments.of(List.of("measurableGoals"), true),
                Arguments.of(List.of("name", "measurableGoals"), true),
                Arguments.of(List.of("measurableGoals", "goals"), false));
    }

    @ParameterizedTest
    @MethodSource("adjustments")
    void aRenameOrNewMeasurableGoalsAloneKeepItAsIntended(List<String> adjustedFields, boolean asIntended) {
        Classification classification = Classifier.classify(details(List.of("gedrag-identiteit"), null, null, false),
                adjustedFields, IN_2021, EVIDENCE);

        assertThat(classification.asIntended()).isEqualTo(asIntended);
        assertThat(classification.adjustedFields()).isEqualTo(adjustedFields);
    }

    @Test
    void inferredFactorsSayWhichThemesTheyCameFrom() {
        Classification classification = Classifier.classify(
                details(List.of("gedrag-identiteit", "werk-opleiding"), null, null, false), List.of(), IN_2021, EVIDENCE);

        assertThat(classification.targetedFactors()).containsExactly(
                new TargetedFactor("antisociale-persoonlijkheidskenmerken", Kind.RISK, Provenance.INFERRED_FROM_THEME,
                        List.of("gedrag-identiteit", "werk-opleiding"), EvidenceClass.FOUNDED),
                new TargetedFactor("laag-opleidingsniveau", Kind.RISK, Provenance.INFERRED_FROM_THEME,
                        List.of("werk-opleiding"), EvidenceClass.FOUNDED),
                new TargetedFactor("moreel-inzicht", Kind.PROTECTIVE, Provenance.INFERRED_FROM_THEME,
                        List.of("gedrag-identiteit"), null));
    }

    @Test
    void explanationHasOneDutchSentencePerRuleThatFired() {
        Classification classification = Classifier.classify(details(List.of("gedrag-identiteit"), null, null, false),
                List.of("name"), IN_2021, EVIDENCE);

        assertThat(classification.explanation()).containsExactly(
                "Gefundeerd: richt zich op 'Antisociale persoonlijkheidskenmerken' (gefundeerde risicofactor, "
                        + "afgeleid uit thema Gedrag/identiteit).",
                "Preventief: geen van de thema's is repressief.",
                "Aangepast: alleen de naam is gewijzigd; de interventie gaat door zoals bedoeld.");
    }

    @ParameterizedTest
    @MethodSource("adjustmentsKeepingItAsIntended")
    void theExplanationSaysWhatChangedWhileItKeptItsIntent(List<String> adjustedFields, String sentence) {
        Classification classification = Classifier.classify(details(List.of("gedrag-identiteit"), null, null, false),
                adjustedFields, IN_2021, EVIDENCE);

        assertThat(classification.explanation()).last().isEqualTo(sentence);
    }

    static Stream<Arguments> adjustmentsKeepingItAsIntended() {
        return Stream.of(
                Arguments.of(List.of("code"),
                        "Aangepast: alleen de naam is gewijzigd; de interventie gaat door zoals bedoeld."),
                Arguments.of(List.of("measurableGoals"),
                        "Aangepast: alleen de meetbare doelen zijn gewijzigd; de interventie gaat door zoals bedoeld."),
                Arguments.of(List.of("name", "measurableGoals"),
                        "Aangepast: alleen de naam en de meetbare doelen zijn gewijzigd; de interventie gaat door "
                                + "zoals bedoeld."));
    }

    @Test
    void demotingTheOnlyFoundedFactorMakesItUnfounded() {
        EvidenceBase demoted = new EvidenceBase(2, "test", "test", List.of(), EVIDENCE.themes(),
                EVIDENCE.riskFactorGroups(), EVIDENCE.riskFactors().stream()
                .map(f -> f.code().equals("antisociale-persoonlijkheidskenmerken") ? f.withEvidenceClass(EvidenceClass.PLAUSIBLE) : f)
                .toList(), EVIDENCE.protectiveFactors(), EVIDENCE.recognisedMethods());
        InterventionDetails gedrag = details(List.of("gedrag-identiteit"), null, null, false);

        assertThat(Classifier.classify(gedrag, List.of(), IN_2021, EVIDENCE).evidenceLevel()).isEqualTo(EvidenceLevel.GEFUNDEERD);
        assertThat(Classifier.classify(gedrag, List.of(), IN_2021, demoted).evidenceLevel()).isEqualTo(EvidenceLevel.ONGEFUNDEERD);
    }
}
