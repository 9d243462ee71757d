package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.contract.TargetedFactor.Kind;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.evidence.RiskFactor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which founded risk factors and which protective factors the interventions in practice work on, per municipality:
 * where no intervention works on a factor the report sees a gap (it names drug use, a founded risk factor). Only
 * interventions in practice (status started) count; planned, cancelled and completed ones work on nothing now. An
 * intervention counts for a factor it declares or that the scan inferred from its themes, as the scan lists them.
 * Founded risk factors that no intervention can change (sex, age: {@code changeable=false}) are kept apart, so that
 * they are not read as gaps to fill.
 *
 * @param municipalities  the columns: every municipality with an intervention, by name
 * @param foundedRisk     the founded risk factors that can be changed, in the evidence base's order
 * @param unchangeable    the founded risk factors no intervention can change
 * @param protective      the protective factors
 * @param inPractice      how many interventions in practice were counted
 * @param evidenceVersion the version of the evidence base that says which factors are founded; 0 without one
 */
public record Coverage(List<String> municipalities, List<FactorRow> foundedRisk, List<FactorRow> unchangeable,
                       List<FactorRow> protective, int inPractice, long evidenceVersion) {

    /** One factor: how many interventions in practice work on it in each municipality (column order) and in all. */
    public record FactorRow(String code, Kind kind, List<Integer> counts, int total) {
        /** No intervention in practice anywhere works on it. */
        public boolean gap() {
            return total == 0;
        }
    }

    public static Coverage of(Collection<InterventionScan> scans, EvidenceBase evidence) {
        List<String> municipalities = scans.stream().map(InterventionScan::municipality).distinct()
                .sorted(Comparator.comparing(Municipalities::nameOf).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<InterventionScan> inPractice = scans.stream()
                .filter(scan -> scan.status() == LifecycleStatus.STARTED).toList();
        if (evidence == null) {
            return new Coverage(municipalities, List.of(), List.of(), List.of(), inPractice.size(), 0);
        }
        return new Coverage(municipalities,
                riskRows(evidence, RiskFactor::changeable, municipalities, inPractice),
                riskRows(evidence, factor -> !factor.changeable(), municipalities, inPractice),
                evidence.protectiveFactors().stream()
                        .map(factor -> row(factor.code(), Kind.PROTECTIVE, municipalities, inPractice)).toList(),
                inPractice.size(), evidence.version());
    }

    private static List<FactorRow> riskRows(EvidenceBase evidence, Predicate<RiskFactor> which,
                                            List<String> municipalities, List<InterventionScan> inPractice) {
        return evidence.riskFactors().stream()
                .filter(factor -> factor.evidenceClass() == EvidenceClass.FOUNDED)
                .filter(which)
                .map(factor -> row(factor.code(), Kind.RISK, municipalities, inPractice))
                .toList();
    }

    private static FactorRow row(String code, Kind kind, List<String> municipalities,
                                 List<InterventionScan> inPractice) {
        List<InterventionScan> working = inPractice.stream().filter(scan -> worksOn(scan, code, kind)).toList();
        List<Integer> counts = municipalities.stream()
                .map(municipality -> (int) working.stream()
                        .filter(scan -> municipality.equals(scan.municipality())).count())
                .toList();
        return new FactorRow(code, kind, counts, working.size());
    }

    private static boolean worksOn(InterventionScan scan, String code, Kind kind) {
        return scan.classification() != null && scan.classification().targetedFactors() != null
                && targeted(scan).anyMatch(factor -> kind == factor.kind() && code.equals(factor.code()));
    }

    private static Stream<TargetedFactor> targeted(InterventionScan scan) {
        return scan.classification().targetedFactors().stream().filter(Objects::nonNull);
    }
}
