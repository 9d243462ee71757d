package nl.botoc.monitor.contract.evidence;

/**
 * A risk factor of appendix 1.
 *
 * @param studiedInNetherlands whether a Dutch study names it
 * @param changeable           false for factors no intervention can change, such as sex or age
 */
public record RiskFactor(String code, String group, String nl, String en, EvidenceClass evidenceClass,
                         String targetGroup, boolean studiedInNetherlands, boolean changeable) {

    public RiskFactor withEvidenceClass(EvidenceClass newClass) {
        return new RiskFactor(code, group, nl, en, newClass, targetGroup, studiedInNetherlands, changeable);
    }
}
