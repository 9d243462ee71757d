package nl.botoc.monitor.contract.evidence;

import java.util.List;
import java.util.Optional;

/**
 * The evidence base (kennissynthese) at one version: themes, factors and recognised methods. Owned by
 * scan-service; every version travels whole on the evidence topic so others can read codes and labels.
 */
public record EvidenceBase(long version, String name, String source, List<String> notes, List<Theme> themes,
                           List<FactorGroup> riskFactorGroups, List<RiskFactor> riskFactors,
                           List<ProtectiveFactor> protectiveFactors, List<RecognisedMethod> recognisedMethods) {

    public EvidenceBase {
        notes = notes == null ? List.of() : List.copyOf(notes);
        themes = List.copyOf(themes);
        riskFactorGroups = List.copyOf(riskFactorGroups);
        riskFactors = List.copyOf(riskFactors);
        protectiveFactors = List.copyOf(protectiveFactors);
        recognisedMethods = List.copyOf(recognisedMethods);
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(theme -> theme.code().equals(code)).findFirst();
    }

    public Optional<RiskFactor> riskFactor(String code) {
        return riskFactors.stream().filter(factor -> factor.code().equals(code)).findFirst();
    }

    public Optional<ProtectiveFactor> protectiveFactor(String code) {
        return protectiveFactors.stream().filter(factor -> factor.code().equals(code)).findFirst();
    }

    public Optional<RecognisedMethod> method(String code) {
        return recognisedMethods.stream().filter(method -> method.code().equals(code)).findFirst();
    }
}
