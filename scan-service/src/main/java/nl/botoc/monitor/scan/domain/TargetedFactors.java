package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.contract.TargetedFactor.Kind;
import nl.botoc.monitor.contract.TargetedFactor.Provenance;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.evidence.RiskFactor;
import nl.botoc.monitor.contract.evidence.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which factors an intervention works on (derivation rule 4): the ones the municipality declared, or, for a
 * kind of factor it declared none of, the ones its themes target (chapter 3.1.1), each with its provenance.
 */
final class TargetedFactors {

    private TargetedFactors() {
    }

    static List<TargetedFactor> of(InterventionDetails details, EvidenceBase evidence) {
        List<TargetedFactor> factors = new ArrayList<>();
        factors.addAll(ofKind(Kind.RISK, details.riskFactors(), details, evidence, Theme::riskFactors));
        factors.addAll(ofKind(Kind.PROTECTIVE, details.protectiveFactors(), details, evidence, Theme::protectiveFactors));
        return factors;
    }

    private static List<TargetedFactor> ofKind(Kind kind, List<String> declared, InterventionDetails details,
                                               EvidenceBase evidence, Function<Theme, List<String>> targetedByTheme) {
        if (declared != null) {
            return declared.stream()
                    .map(code -> new TargetedFactor(code, kind, Provenance.DECLARED, List.of(), classOf(kind, code, evidence)))
                    .toList();
        }
        Map<String, List<String>> themesByFactor = new LinkedHashMap<>();
        for (String themeCode : themesOf(details)) {
            evidence.theme(themeCode).ifPresent(theme -> targetedByTheme.apply(theme).forEach(
                    factor -> themesByFactor.computeIfAbsent(factor, f -> new ArrayList<>()).add(themeCode)));
        }
        return themesByFactor.entrySet().stream()
                .map(entry -> new TargetedFactor(entry.getKey(), kind, Provenance.INFERRED_FROM_THEME,
                        List.copyOf(entry.getValue()), classOf(kind, entry.getKey(), evidence)))
                .toList();
    }

    /** The class under this evidence base; null for protective factors and for codes it does not know. */
    private static EvidenceClass classOf(Kind kind, String code, EvidenceBase evidence) {
        return kind == Kind.RISK ? evidence.riskFactor(code).map(RiskFactor::evidenceClass).orElse(null) : null;
    }

    static List<String> themesOf(InterventionDetails details) {
        return details.themes() == null ? List.of() : details.themes();
    }
}
