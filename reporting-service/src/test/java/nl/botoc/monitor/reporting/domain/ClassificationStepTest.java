package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.reporting.domain.ClassificationStep.Aspect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.Approach.REPRESSIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.EvidenceLevel.ONGEFUNDEERD;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;

class ClassificationStepTest {

    @Test
    void saysWhatEachRevisionChanged() {
        List<ClassificationStep> steps = ClassificationStep.of(List.of(
                aScan().sequence(1).build(),
                aScan().sequence(1).evidenceVersion(1).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit").build(),
                aScan().sequence(2).evidenceVersion(1).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit").build(),
                aScan().sequence(2).evidenceVersion(2).classified(ONGEFUNDEERD, PREVENTIEF, "gedrag-identiteit")
                        .build(),
                aScan().sequence(3).evidenceVersion(2).classified(ONGEFUNDEERD, REPRESSIEF, "opsporing-vervolging",
                        "gedrag-identiteit").build()));

        assertThat(steps).extracting(ClassificationStep::changed).containsExactly(
                List.of(),
                List.of(Aspect.EVIDENCE_LEVEL, Aspect.APPROACH, Aspect.THEMES, Aspect.PRIMARY_THEME,
                        Aspect.TARGETED_FACTORS),
                List.of(),
                List.of(Aspect.EVIDENCE_LEVEL),
                List.of(Aspect.APPROACH, Aspect.THEMES, Aspect.PRIMARY_THEME));
    }
}
