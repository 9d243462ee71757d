package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.contract.evidence.ProtectiveFactor;
import nl.botoc.monitor.scan.domain.Reclassification.Count;
import nl.botoc.monitor.scan.domain.Reclassification.Impact;
import nl.botoc.monitor.scan.domain.Reclassification.Preview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.EvidenceLevel.ERKEND;
import static nl.botoc.monitor.contract.EvidenceLevel.EXPLORATIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.EvidenceLevel.ONGEFUNDEERD;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReclassificationTest {

    private static final String AMSTERDAM = "GM0363";
    private static final String ROTTERDAM = "GM0599";

    /**
     * Five interventions under the baseline: AMS1 and ROT1 founded through antisocial traits alone (ROT1 is also a
     * pilot), AMS2 founded through three factors, ROT2 without factors, ROT3 using a recognised method.
     */
    private static final List<ScanState> SCANS = List.of(
            scan(AMSTERDAM, planned("AMS1", List.of("gedrag-identiteit"), null, false)),
            scan(AMSTERDAM, planned("AMS2", List.of("werk-opleiding"), null, false)),
            scan(ROTTERDAM, planned("ROT1", List.of("gedrag-identiteit"), null, true)),
            scan(ROTTERDAM, planned("ROT2", List.of("online-leefwereld"), null, false)),
            scan(ROTTERDAM, planned("ROT3", List.of("gedrag-identiteit"), "rots-en-water", false)));

    /** One row per kind of effect: the change, the codes that change (from, to), and the counts per municipality. */
    static Stream<Arguments> changes() {
        return Stream.of(
                arguments("demoting the only founded factor",
                        new EvidenceChange.FactorReclassified(ANTISOCIAL, EvidenceClass.PLAUSIBLE, "twee studies"),
                        Map.of("AMS1", List.of(GEFUNDEERD, ONGEFUNDEERD), "ROT1", List.of(GEFUNDEERD, EXPLORATIEF)),
                        Map.of(AMSTERDAM, impact(1, 2, 1), ROTTERDAM, impact(1, 2, 1))),
                arguments("a theme that comes to target a founded factor",
                        new EvidenceChange.ThemeFactorsChanged("online-leefwereld", List.of("criminele-achtergrond"),
                                List.of(), "nieuwe synthese"),
                        Map.of("ROT2", List.of(ONGEFUNDEERD, GEFUNDEERD)),
                        Map.of(AMSTERDAM, impact(0, 2, 2), ROTTERDAM, impact(1, 2, 3))),
                arguments("a recognition withdrawn before the events",
                        new EvidenceChange.MethodRecognitionWithdrawn("rots-en-water", LocalDate.of(2020, 1, 1),
                                "niet verlengd"),
                        Map.of("ROT3", List.of(ERKEND, GEFUNDEERD)),
                        Map.of(AMSTERDAM, impact(0, 2, 2), ROTTERDAM, impact(1, 2, 2))),
                arguments("a new protective factor changes no level",
                        new EvidenceChange.ProtectiveFactorAdded(new ProtectiveFactor("sport", "Sport", "Sport",
                                "Jongeren"), "nieuw onderzoek"),
                        Map.of(),
                        Map.of(AMSTERDAM, impact(0, 2, 2), ROTTERDAM, impact(0, 2, 2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void previewListsWhatChangesAndCountsPerMunicipality(String name, EvidenceChange change,
                                                         Map<String, List<EvidenceLevel>> changedLevels,
                                                         Map<String, Impact> byMunicipality) {
        EvidenceBase proposed = EvidenceRevision.apply(baseline(), change);
        Reclassification reclassification = Reclassification.between(baseline(), proposed);
        SCANS.forEach(reclassification::add);

        Preview preview = reclassification.preview();

        assertThat(preview.fromVersion()).isEqualTo(baseline().version());
        assertThat(preview.toVersion()).isEqualTo(baseline().version() + 1);
        assertThat(preview.changes()).allSatisfy(changed -> assertThat(
                List.of(changed.before().evidenceLevel(), changed.after().evidenceLevel()))
                .isEqualTo(changedLevels.get(changed.code())));
        assertThat(preview.changes()).extracting(Reclassification.Change::code)
                .containsExactlyElementsOf(changedLevels.keySet().stream().sorted().toList());
        assertThat(preview.byMunicipality()).isEqualTo(byMunicipality);
    }

    @Test
    void changesAreOrderedByMunicipalityAndCode() {
        Reclassification reclassification = Reclassification.between(baseline(), EvidenceRevision.apply(baseline(),
                new EvidenceChange.FactorReclassified(ANTISOCIAL, EvidenceClass.PLAUSIBLE, "twee studies")));
        List<ScanState> reversed = new ArrayList<>(SCANS);
        Collections.reverse(reversed);
        reversed.forEach(reclassification::add);

        assertThat(reclassification.preview().changes()).extracting(Reclassification.Change::code)
                .containsExactly("AMS1", "ROT1");
    }

    @Test
    void scanDerivedUnderAnotherVersionIsRefused() {
        EvidenceBase next = EvidenceRevision.apply(baseline(),
                new EvidenceChange.FactorReclassified(ANTISOCIAL, EvidenceClass.PLAUSIBLE, "twee studies"));
        Reclassification fromNext = Reclassification.between(next, next);

        assertThatIllegalArgumentException().isThrownBy(() -> fromNext.add(SCANS.get(0)));
    }

    private static Impact impact(int changed, int foundedBefore, int foundedAfter) {
        return new Impact(changed, new Count(foundedBefore, foundedAfter));
    }

    private static ScanState scan(String municipality, LifecyclePayload planned) {
        return ScanDerivation.derive(List.of(event(UUID.randomUUID(), municipality, 1, planned)), baseline());
    }
}
