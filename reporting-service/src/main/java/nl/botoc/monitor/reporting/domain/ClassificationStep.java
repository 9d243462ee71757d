package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.InterventionScan.Classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One scan revision of an intervention and what its classification changed against the revision before it: how
 * the classification moved over time, through lifecycle events and evidence-base versions.
 *
 * @param changed the aspects that differ from the previous revision, in {@link Aspect} order; every classified
 *                aspect for the first classified revision; empty when nothing in the classification changed
 */
public record ClassificationStep(InterventionScan revision, List<Aspect> changed) {

    /** The parts of a classification that a reader follows over time. */
    public enum Aspect {
        EVIDENCE_LEVEL(Classification::evidenceLevel),
        APPROACH(Classification::approach),
        THEMES(classification -> classification.themes() == null ? null : Set.copyOf(classification.themes())),
        PRIMARY_THEME(Classification::primaryTheme),
        TARGETED_FACTORS(classification -> classification.targetedFactors() == null ? null
                : classification.targetedFactors().stream()
                .map(factor -> factor.code() + "/" + factor.evidenceClass()).collect(Collectors.toSet())),
        METHOD(Classification::method);

        private final Function<Classification, Object> value;

        Aspect(Function<Classification, Object> value) {
            this.value = value;
        }

        Object of(Classification classification) {
            return classification == null ? null : value.apply(classification);
        }
    }

    /** One step per revision, in the order given (oldest first). */
    public static List<ClassificationStep> of(List<InterventionScan> revisions) {
        List<ClassificationStep> steps = new ArrayList<>();
        Classification previous = null;
        for (InterventionScan revision : revisions) {
            Classification current = revision.classification();
            List<Aspect> changed = new ArrayList<>();
            for (Aspect aspect : Aspect.values()) {
                if (!Objects.equals(aspect.of(previous), aspect.of(current))) {
                    changed.add(aspect);
                }
            }
            steps.add(new ClassificationStep(revision, List.copyOf(changed)));
            previous = current;
        }
        return steps;
    }
}
