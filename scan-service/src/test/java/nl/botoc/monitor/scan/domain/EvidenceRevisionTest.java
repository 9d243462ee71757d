package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.evidence.ProtectiveFactor;
import nl.botoc.monitor.contract.evidence.RecognisedMethod;
import nl.botoc.monitor.contract.evidence.RiskFactor;
import nl.botoc.monitor.scan.domain.EvidenceRevision.InvalidEvidenceChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EvidenceRevisionTest {

    private static final String WHY = "nieuwe synthese";
    private static final LocalDate END = LocalDate.of(2024, 1, 1);

    private static RiskFactor risk(String code, String group, EvidenceClass evidenceClass) {
        return new RiskFactor(code, group, "Nieuw", "New", evidenceClass, "Algemeen", false, true);
    }

    private static RecognisedMethod method(String code, String nl, LocalDate from, LocalDate until) {
        return new RecognisedMethod(code, nl, "NJi", "goed onderbouwd", from, until);
    }

    /** One row per kind of change: what the next version must show. */
    static Stream<Arguments> validChanges() {
        return Stream.of(
                arguments(new EvidenceChange.FactorReclassified(ANTISOCIAL, EvidenceClass.PLAUSIBLE, WHY),
                        (Predicate<EvidenceBase>) next -> next.riskFactor(ANTISOCIAL).orElseThrow().evidenceClass()
                                == EvidenceClass.PLAUSIBLE),
                arguments(new EvidenceChange.RiskFactorAdded(risk("gamen", "levensstijl", EvidenceClass.PLAUSIBLE), WHY),
                        (Predicate<EvidenceBase>) next -> next.riskFactors().size() == 60
                                && next.riskFactor("gamen").isPresent()),
                arguments(new EvidenceChange.ProtectiveFactorAdded(
                                new ProtectiveFactor("sport", "Sport", "Sport", "Jongeren"), WHY),
                        (Predicate<EvidenceBase>) next -> next.protectiveFactors().size() == 14),
                arguments(new EvidenceChange.MethodRecognised(method("nieuw", "Nieuwe methode", null, null), WHY),
                        (Predicate<EvidenceBase>) next -> next.recognisedMethods().size() == 6),
                arguments(new EvidenceChange.MethodRecognised(method("triple-p", "Triple P", null, END), WHY),
                        (Predicate<EvidenceBase>) next -> next.recognisedMethods().size() == 5
                                && END.equals(next.method("triple-p").orElseThrow().validUntil())),
                arguments(new EvidenceChange.MethodRecognitionWithdrawn("rots-en-water", END, WHY),
                        (Predicate<EvidenceBase>) next -> !next.method("rots-en-water").orElseThrow().recognisedOn(END)
                                && next.method("rots-en-water").orElseThrow().recognisedOn(END.minusDays(1))),
                arguments(new EvidenceChange.ThemeFactorsChanged("online-leefwereld", List.of("drugsgebruik"),
                                List.of(), WHY),
                        (Predicate<EvidenceBase>) next -> next.theme("online-leefwereld").orElseThrow().riskFactors()
                                .equals(List.of("drugsgebruik"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validChanges")
    void changeMakesTheNextVersion(EvidenceChange change, Predicate<EvidenceBase> expected) {
        EvidenceBase next = EvidenceRevision.apply(baseline(), change);

        assertThat(next.version()).isEqualTo(baseline().version() + 1);
        assertThat(next).matches(expected);
    }

    /** One row per way a change can fail to fit: the field the refusal names. */
    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                arguments(new EvidenceChange.BaselineLoaded(WHY), "type"),
                arguments(new EvidenceChange.FactorReclassified("bestaat-niet", EvidenceClass.PLAUSIBLE, WHY), "factor"),
                arguments(new EvidenceChange.FactorReclassified(null, EvidenceClass.PLAUSIBLE, WHY), "factor"),
                arguments(new EvidenceChange.FactorReclassified(ANTISOCIAL, null, WHY), "evidenceClass"),
                arguments(new EvidenceChange.FactorReclassified(ANTISOCIAL, EvidenceClass.PLAUSIBLE, " "), "reason"),
                arguments(new EvidenceChange.RiskFactorAdded(null, WHY), "factor"),
                arguments(new EvidenceChange.RiskFactorAdded(risk(ANTISOCIAL, "psychologisch",
                        EvidenceClass.FOUNDED), WHY), "factor.code"),
                arguments(new EvidenceChange.RiskFactorAdded(risk("gamen", "hobby", EvidenceClass.FOUNDED), WHY),
                        "factor.group"),
                arguments(new EvidenceChange.RiskFactorAdded(risk("gamen", "levensstijl", null), WHY),
                        "factor.evidenceClass"),
                arguments(new EvidenceChange.ProtectiveFactorAdded(
                        new ProtectiveFactor("moreel-inzicht", "Moreel inzicht", "Moral insight", "Jongeren"), WHY),
                        "factor.code"),
                arguments(new EvidenceChange.MethodRecognised(method(null, "Naamloos", null, null), WHY),
                        "method.code"),
                arguments(new EvidenceChange.MethodRecognised(method("nieuw", "Nieuw", END, END), WHY),
                        "method.validUntil"),
                arguments(new EvidenceChange.MethodRecognitionWithdrawn("bestaat-niet", END, WHY), "method"),
                arguments(new EvidenceChange.MethodRecognitionWithdrawn("rots-en-water", null, WHY), "validUntil"),
                arguments(new EvidenceChange.ThemeFactorsChanged("bestaat-niet", List.of(), List.of(), WHY), "theme"),
                arguments(new EvidenceChange.ThemeFactorsChanged("online-leefwereld", null, List.of(), WHY),
                        "riskFactors"),
                arguments(new EvidenceChange.ThemeFactorsChanged("online-leefwereld", List.of("bestaat-niet"),
                        List.of(), WHY), "riskFactors"),
                arguments(new EvidenceChange.ThemeFactorsChanged("online-leefwereld", List.of(),
                        List.of("bestaat-niet"), WHY), "protectiveFactors"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("invalidChanges")
    void changeThatDoesNotFitNamesItsField(EvidenceChange change, String field) {
        assertThatThrownBy(() -> EvidenceRevision.apply(baseline(), change))
                .isInstanceOfSatisfying(InvalidEvidenceChange.class,
                        refusal -> assertThat(refusal.field()).isEqualTo(field));
    }
}
