package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static nl.botoc.monitor.scan.TestEvents.added;
import static nl.botoc.monitor.scan.TestEvents.cancelled;
import static nl.botoc.monitor.scan.TestEvents.completed;
import static nl.botoc.monitor.scan.TestEvents.history;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every scan is classified under the evidence base it is derived with; replaying its events gives the same. */
class ScanClassificationTest {

    private static final UUID ID = UUID.fromString("5f1c2a8e-7b0d-4c39-8d1e-2a4b6c8d0e20");
    private static final String FOUNDED_SENTENCE = "Gefundeerd: richt zich op 'Antisociale persoonlijkheidskenmerken' "
            + "(gefundeerde risicofactor, afgeleid uit thema Gedrag/identiteit).";
    private static final String PREVENTIVE_SENTENCE = "Preventief: geen van de thema's is repressief.";

    /** One row per lifecycle: the explanation ends with where the intervention stands. */
    static Stream<Arguments> lifecycles() {
        return Stream.of(
                arguments("planned", List.of(planned("ROT1", "Schoon Schip")),
                        List.of(FOUNDED_SENTENCE, PREVENTIVE_SENTENCE, "Gepland: nog niet in uitvoering.")),
                arguments("started", List.of(planned("ROT1", "Schoon Schip"), started()),
                        List.of(FOUNDED_SENTENCE, PREVENTIVE_SENTENCE, "In uitvoering.")),
                arguments("completed", List.of(planned("ROT1", "Schoon Schip"), started(), completed()),
                        List.of(FOUNDED_SENTENCE, PREVENTIVE_SENTENCE, "Afgerond.")),
                arguments("cancelled", List.of(planned("EIN3", "Wijkaanpak"), cancelled()),
                        List.of(FOUNDED_SENTENCE, PREVENTIVE_SENTENCE, "Niet doorgegaan.")),
                arguments("added, started", List.of(added("ROT9", "Ouderavonden"), started()),
                        List.of(FOUNDED_SENTENCE, PREVENTIVE_SENTENCE, "In uitvoering.",
                                "Toegevoegd: stond niet in het oorspronkelijke plan.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifecycles")
    void explanationHasASentencePerRuleThatFired(String name, List<LifecyclePayload> payloads,
                                                 List<String> explanation) {
        ScanState state = ScanDerivation.derive(history(ID, payloads.toArray(LifecyclePayload[]::new)), baseline());

        assertThat(state.classification().evidenceLevel()).isEqualTo(EvidenceLevel.GEFUNDEERD);
        assertThat(state.classification().explanation()).isEqualTo(explanation);
        assertThat(state.evidenceVersion()).isEqualTo(baseline().version());
    }

    /** Rots en Water recognised until 3 January 2021; event n of the history happened on day n of 2021. */
    static Stream<Arguments> recognitionAtTheLastEvent() {
        LifecyclePayload usesRotsEnWater = planned("EIN10", List.of("gedrag-identiteit"), "rots-en-water", false);
        return Stream.of(
                arguments("last event on 1 January", List.of(usesRotsEnWater), EvidenceLevel.ERKEND),
                arguments("last event on 2 January", List.of(usesRotsEnWater, started()), EvidenceLevel.ERKEND),
                arguments("last event on 3 January: no longer recognised",
                        List.of(usesRotsEnWater, started(), completed()), EvidenceLevel.GEFUNDEERD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recognitionAtTheLastEvent")
    void methodMustBeRecognisedWhenTheLastEventHappened(String name, List<LifecyclePayload> payloads,
                                                         EvidenceLevel level) {
        EvidenceBase withdrawn = EvidenceRevision.apply(baseline(), new EvidenceChange.MethodRecognitionWithdrawn(
                "rots-en-water", LocalDate.of(2021, 1, 3), "Erkenning verlopen"));

        ScanState state = ScanDerivation.derive(history(ID, payloads.toArray(LifecyclePayload[]::new)), withdrawn);

        assertThat(state.classification().evidenceLevel()).isEqualTo(level);
    }

    @Test
    void reclassifiedUnderAnotherVersionKeepsTheLifecycleAndTakesTheNewJudgement() {
        EvidenceBase demoted = EvidenceRevision.apply(baseline(), new EvidenceChange.FactorReclassified(
                "antisociale-persoonlijkheidskenmerken", EvidenceClass.PLAUSIBLE,
                "Nog maar in twee studies"));
        ScanState before = ScanDerivation.derive(history(ID, planned("ROT1", "Schoon Schip"), started()), baseline());

        ScanState after = before.classifiedUnder(demoted);

        assertThat(after.evidenceVersion()).isEqualTo(baseline().version() + 1);
        assertThat(after.classification().evidenceLevel()).isEqualTo(EvidenceLevel.ONGEFUNDEERD);
        assertThat(after).usingRecursiveComparison().ignoringFields("evidenceVersion", "classification")
                .isEqualTo(before);
        assertThat(after).isEqualTo(ScanDerivation.derive(history(ID, planned("ROT1", "Schoon Schip"), started()),
                demoted));
    }
}
