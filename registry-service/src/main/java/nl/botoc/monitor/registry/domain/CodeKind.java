package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.ProtectiveFactor;
import nl.botoc.monitor.contract.evidence.RecognisedMethod;
import nl.botoc.monitor.contract.evidence.RiskFactor;
import nl.botoc.monitor.contract.evidence.Theme;

import java.util.List;
import java.util.function.Function;

/** A kind of code that intervention details take from the evidence base: where the details hold it, where the base defines it. */
public enum CodeKind {
    THEME("theme", "themes", InterventionDetails::themes, base -> codes(base.themes(), Theme::code)),
    RISK_FACTOR("risk factor", "riskFactors", InterventionDetails::riskFactors,
            base -> codes(base.riskFactors(), RiskFactor::code)),
    PROTECTIVE_FACTOR("protective factor", "protectiveFactors", InterventionDetails::protectiveFactors,
            base -> codes(base.protectiveFactors(), ProtectiveFactor::code)),
    METHOD("method", "method", details -> details.method() == null ? null : List.of(details.method()),
            base -> codes(base.recognisedMethods(), RecognisedMethod::code));

    private final String noun;
    private final String field;
    private final Function<InterventionDetails, List<String>> given;
    private final Function<EvidenceBase, List<String>> defined;

    CodeKind(String noun, String field, Function<InterventionDetails, List<String>> given,
             Function<EvidenceBase, List<String>> defined) {
        this.noun = noun;
        this.field = field;
        this.given = given;
        this.defined = defined;
    }

    /** How a message names a code of this kind: "theme", "risk factor". */
    public String noun() {
        return noun;
    }

    /** The path of the {@code index}-th code of this kind within the details: {@code themes[1]}, {@code method}. */
    public String fieldOf(int index) {
        return this == METHOD ? field : field + "[" + index + "]";
    }

    /** The codes of this kind in {@code details}, in their order; empty when it names none. */
    List<String> givenIn(InterventionDetails details) {
        List<String> codes = given.apply(details);
        return codes == null ? List.of() : codes;
    }

    List<String> definedIn(EvidenceBase base) {
        return defined.apply(base);
    }

    private static <T> List<String> codes(List<T> entries, Function<T, String> code) {
        return entries.stream().map(code).toList();
    }
}
