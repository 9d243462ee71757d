package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.InterventionScan.Classification;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.evidence.RecognisedMethod;
import nl.botoc.monitor.contract.evidence.RiskFactor;
import nl.botoc.monitor.contract.evidence.Theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The praktijkscan's judgement of one intervention (DOMAIN.md, derivation rules 1, 2, 4 and 5): a pure
 * function of what the municipality said, how it was adjusted, and one version of the evidence base.
 */
public final class Classifier {

    /** Fields whose change alone keeps an intervention "as intended": a new name is not a new plan. */
    private static final Set<String> NAMING_FIELDS = Set.of("name", "code");

    /**
     * Stating or changing measurable goals changes how success is measured, not what is done: it keeps the
     * intervention as intended. A lower ambition shows in the scan's monitoring quality instead.
     */
    private static final String MEASURABLE_GOALS = "measurableGoals";

    private Classifier() {
    }

    /**
     * @param details        the intervention's details after every adjustment
     * @param adjustedFields the detail fields any adjustment changed
     * @param referenceDate  the date at which a method must be recognised: the last day the
     *                       intervention's latest event may have happened, so replaying the log gives the same
     *                       answer whenever it runs
     */
    public static Classification classify(InterventionDetails details, List<String> adjustedFields,
                                          LocalDate referenceDate, EvidenceBase evidence) {
        List<TargetedFactor> factors = TargetedFactors.of(details, evidence);
        Explanation explanation = new Explanation(evidence);
        EvidenceLevel level = evidenceLevel(details, factors, referenceDate, evidence, explanation);
        Approach approach = approach(details, evidence, explanation);
        boolean asIntended = adjustedFields.stream()
                .allMatch(field -> NAMING_FIELDS.contains(field) || MEASURABLE_GOALS.equals(field));
        if (!adjustedFields.isEmpty()) {
            explanation.adjusted(adjustedFields, asIntended);
        }
        return new Classification(level, approach, TargetedFactors.themesOf(details), details.primaryTheme(),
                details.method(), Boolean.TRUE.equals(details.pilot()), asIntended, List.copyOf(adjustedFields),
                factors, explanation.sentences());
    }

    /** Rule 1: the first that holds of erkend, gefundeerd, exploratief, ongefundeerd. */
    private static EvidenceLevel evidenceLevel(InterventionDetails details, List<TargetedFactor> factors,
                                               LocalDate referenceDate, EvidenceBase evidence,
                                               Explanation explanation) {
        Optional<RecognisedMethod> method = Optional.ofNullable(details.method()).flatMap(evidence::method);
        if (method.isPresent() && method.get().recognisedOn(referenceDate)) {
            explanation.recognised(method.get());
            return EvidenceLevel.ERKEND;
        }
        method.ifPresent(notRecognised -> explanation.notRecognised(notRecognised, referenceDate));
        List<TargetedFactor> founded = factors.stream()
                .filter(factor -> factor.evidenceClass() == EvidenceClass.FOUNDED).toList();
        if (!founded.isEmpty()) {
            explanation.founded(founded);
            return EvidenceLevel.GEFUNDEERD;
        }
        if (Boolean.TRUE.equals(details.pilot())) {
            explanation.exploratory();
            return EvidenceLevel.EXPLORATIEF;
        }
        explanation.unfounded(TargetedFactors.themesOf(details).isEmpty());
        return EvidenceLevel.ONGEFUNDEERD;
    }

    /** Rule 2: repressive if any of its themes is. */
    private static Approach approach(InterventionDetails details, EvidenceBase evidence, Explanation explanation) {
        List<Theme> repressive = TargetedFactors.themesOf(details).stream()
                .flatMap(code -> evidence.theme(code).stream())
                .filter(Theme::repressive)
                .toList();
        explanation.approach(repressive);
        return repressive.isEmpty() ? Approach.PREVENTIEF : Approach.REPRESSIEF;
    }

    /** Builds the Dutch explanation, one sentence per rule that fired. */
    private static final class Explanation {
        private final EvidenceBase evidence;
        private final List<String> sentences = new ArrayList<>();

        Explanation(EvidenceBase evidence) {
            this.evidence = evidence;
        }

        void recognised(RecognisedMethod method) {
            sentences.add("Erkend: gebruikt de methode '%s', erkend door %s (niveau: %s)."
                    .formatted(method.nl(), method.body(), method.level()));
        }

        void notRecognised(RecognisedMethod method, LocalDate date) {
            sentences.add("Niet erkend: de methode '%s' was op %s niet erkend.".formatted(method.nl(), date));
        }

        void founded(List<TargetedFactor> founded) {
            sentences.add("Gefundeerd: richt zich op " + String.join(" en ", founded.stream().map(this::describe).toList()) + ".");
        }

        void exploratory() {
            sentences.add("Exploratief: een pilot die eerst ideeën uitprobeert en later zoekt wat werkt; "
                    + "richt zich niet op een gefundeerde risicofactor.");
        }

        void unfounded(boolean withoutThemes) {
            sentences.add(withoutThemes
                    ? "Ongefundeerd: er is geen thema en geen risicofactor opgegeven."
                    : "Ongefundeerd: richt zich niet op een gefundeerde risicofactor en is geen pilot.");
        }

        void approach(List<Theme> repressive) {
            sentences.add(repressive.isEmpty()
                    ? "Preventief: geen van de thema's is repressief."
                    : "Repressief: " + String.join(" en ", repressive.stream().map(Theme::nl).toList())
                    + (repressive.size() == 1 ? " is een repressief thema." : " zijn repressieve thema's."));
        }

        void adjusted(List<String> fields, boolean asIntended) {
            if (!asIntended) {
                sentences.add("Aangepast: gewijzigd zijn " + String.join(", ", fields) + ".");
                return;
            }
            boolean renamed = fields.stream().anyMatch(NAMING_FIELDS::contains);
            boolean goalsChanged = fields.contains(MEASURABLE_GOALS);
            String what = renamed && goalsChanged ? "de naam en de meetbare doelen zijn"
                    : goalsChanged ? "de meetbare doelen zijn" : "de naam is";
            sentences.add("Aangepast: alleen " + what + " gewijzigd; de interventie gaat door zoals bedoeld.");
        }

        private String describe(TargetedFactor factor) {
            String label = evidence.riskFactor(factor.code()).map(RiskFactor::nl).orElse(factor.code());
            String source = factor.provenance() == TargetedFactor.Provenance.DECLARED
                    ? "opgegeven door de gemeente"
                    : "afgeleid uit thema " + String.join(", ", factor.viaThemes().stream()
                    .map(code -> evidence.theme(code).map(Theme::nl).orElse(code)).toList());
            return "'%s' (gefundeerde risicofactor, %s)".formatted(label, source);
        }

        List<String> sentences() {
            return List.copyOf(sentences);
        }
    }
}
