package nl.botoc.monitor.contract.evidence;

import java.util.List;

/** One of the twelve themes, with the factors it targets (chapter 3.1.1): used when none are declared. */
public record Theme(String code, String nl, String en, boolean repressive,
                    List<String> riskFactors, List<String> protectiveFactors) {

    public Theme {
        riskFactors = List.copyOf(riskFactors);
        protectiveFactors = List.copyOf(protectiveFactors);
    }
}
