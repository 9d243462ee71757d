package nl.botoc.monitor.contract.evidence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.LocalDate;
import java.util.List;

/** What a researcher changed in the evidence base; one record per kind of change. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EvidenceChange.BaselineLoaded.class, name = "baseline-loaded"),
        @JsonSubTypes.Type(value = EvidenceChange.FactorReclassified.class, name = "factor-reclassified"),
        @JsonSubTypes.Type(value = EvidenceChange.RiskFactorAdded.class, name = "risk-factor-added"),
        @JsonSubTypes.Type(value = EvidenceChange.ProtectiveFactorAdded.class, name = "protective-factor-added"),
        @JsonSubTypes.Type(value = EvidenceChange.MethodRecognised.class, name = "method-recognised"),
        @JsonSubTypes.Type(value = EvidenceChange.MethodRecognitionWithdrawn.class, name = "method-recognition-withdrawn"),
        @JsonSubTypes.Type(value = EvidenceChange.ThemeFactorsChanged.class, name = "theme-factors-changed")
})
public sealed interface EvidenceChange {

    /** Why the researcher made the change, in their words. */
    String reason();

    /** The first version, read from the synthesis the report is based on. */
    record BaselineLoaded(String reason) implements EvidenceChange {
    }

    /** A risk factor is founded or plausible from now on. */
    record FactorReclassified(String factor, EvidenceClass evidenceClass, String reason) implements EvidenceChange {
    }

    record RiskFactorAdded(RiskFactor factor, String reason) implements EvidenceChange {
    }

    record ProtectiveFactorAdded(ProtectiveFactor factor, String reason) implements EvidenceChange {
    }

    /** A method is recognised (again, or for the first time). */
    record MethodRecognised(RecognisedMethod method, String reason) implements EvidenceChange {
    }

    /** A method's recognition ends on {@code validUntil}. */
    record MethodRecognitionWithdrawn(String method, LocalDate validUntil, String reason) implements EvidenceChange {
    }

    /** The factors a theme targets are replaced by these lists. */
    record ThemeFactorsChanged(String theme, List<String> riskFactors, List<String> protectiveFactors,
                               String reason) implements EvidenceChange {
    }
}
