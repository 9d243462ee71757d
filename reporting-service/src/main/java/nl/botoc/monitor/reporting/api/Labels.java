package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.TargetedFactor.Kind;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.RecognisedMethod;
import nl.botoc.monitor.contract.evidence.Theme;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The names of theme and factor codes in one language, from the newest evidence base reporting has read (each
 * entry there has {@code nl} and {@code en}), so a new or renamed theme or factor needs no release of this service.
 * A code the evidence base does not know, or any code before an evidence base has arrived, shows as itself.
 */
public final class Labels {

    private final EvidenceBase evidence;
    private final Language lang;

    private Labels(EvidenceBase evidence, Language lang) {
        this.evidence = evidence;
        this.lang = lang;
    }

    public static Labels of(Optional<EvidenceBase> evidence, Language lang) {
        return new Labels(evidence.orElse(null), lang);
    }

    /** The theme codes in the evidence base's order, which is the report's (chapter 2.1). */
    public List<String> themeOrder() {
        return evidence == null ? List.of() : evidence.themes().stream().map(Theme::code).toList();
    }

    public String theme(String code) {
        return label(code, base -> base.theme(code).map(theme -> pick(theme.nl(), theme.en())));
    }

    public String riskFactor(String code) {
        return label(code, base -> base.riskFactor(code).map(factor -> pick(factor.nl(), factor.en())));
    }

    public String protectiveFactor(String code) {
        return label(code, base -> base.protectiveFactor(code).map(factor -> pick(factor.nl(), factor.en())));
    }

    public String factor(String code, Kind kind) {
        return kind == Kind.PROTECTIVE ? protectiveFactor(code) : riskFactor(code);
    }

    /** A recognised method by its name; methods have a Dutch name only. */
    public String method(String code) {
        return label(code, base -> base.method(code).map(RecognisedMethod::nl));
    }

    /** The evidence base's version; 0 before one has arrived. */
    public long evidenceBaseVersion() {
        return evidence == null ? 0 : evidence.version();
    }

    private String label(String fallback, Function<EvidenceBase, Optional<String>> lookup) {
        return evidence == null ? fallback : lookup.apply(evidence).filter(label -> !label.isBlank()).orElse(fallback);
    }

    /** English where the evidence base has it, else Dutch: the synthesis is Dutch first. */
    private String pick(String nl, String en) {
        return lang == Language.EN && en != null && !en.isBlank() ? en : nl;
    }
}
