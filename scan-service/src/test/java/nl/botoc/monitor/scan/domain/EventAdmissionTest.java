package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.scan.TestEvents.event;
import static nl.botoc.monitor.scan.TestEvents.planned;
import static nl.botoc.monitor.scan.TestEvents.progressReported;
import static nl.botoc.monitor.scan.TestEvents.rethemed;
import static nl.botoc.monitor.scan.TestEvents.started;
import static nl.botoc.monitor.scan.TestEvidence.ANTISOCIAL;
import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EventAdmissionTest {

    private static final UUID ID = UUID.fromString("6f1c1a52-0000-4000-8000-000000000001");
    private static final Optional<String> AMSTERDAM = Optional.of("GM0363");

    static Stream<Arguments> events() {
        // case, event, owner its registering event named, the refusal (null: admitted)
        return Stream.of(
                arguments("registering event, no owner yet", event(ID, "GM0363", 1, planned("AMS1", "Eerste")),
                        Optional.empty(), null),
                arguments("the owner's next event", event(ID, "GM0363", 2, started()), AMSTERDAM, null),
                arguments("redelivered registration of the owner", event(ID, "GM0363", 1, planned("AMS1", "Eerste")),
                        AMSTERDAM, null),
                arguments("another municipality's event", event(ID, "GM0599", 2, started()), AMSTERDAM,
                        "municipality GM0599 is not the owner of intervention " + ID
                                + ": its registering event named GM0363"),
                arguments("another municipality registering it again", event(ID, "GM0599", 1,
                        planned("ROT1", "Overname")), AMSTERDAM, "municipality GM0599 is not the owner"),
                arguments("event ahead of its registration: owner not yet known", event(ID, "GM0599", 3, started()),
                        Optional.empty(), null),
                arguments("known codes in every field", event(ID, "GM0363", 1, new LifecyclePayload.Planned(
                        details(List.of("gedrag-identiteit", "online-leefwereld"), "online-leefwereld",
                                List.of(ANTISOCIAL), List.of("moreel-inzicht"), "rots-en-water"))),
                        Optional.empty(), null),
                arguments("unknown theme in an adjustment", event(ID, "GM0363", 2,
                        rethemed("gedrag-identiteit", "bestaat-niet")), AMSTERDAM,
                        "codes unknown to evidence version 1: themes[1] 'bestaat-niet'"),
                arguments("unknown primary theme, factors and method", event(ID, "GM0363", 1,
                        new LifecyclePayload.Added(details(List.of("gedrag-identiteit"), "verzonnen",
                                List.of(ANTISOCIAL, "geen-factor"), List.of("geen-bescherming"), "geen-methode"),
                                "later")), Optional.empty(),
                        "codes unknown to evidence version 1: primaryTheme 'verzonnen', riskFactors[1] 'geen-factor', "
                                + "protectiveFactors[0] 'geen-bescherming', method 'geen-methode'"),
                arguments("a progress report names no codes", event(ID, "GM0363", 3,
                        progressReported("gecoacht", 2021, "12", "jongeren")), AMSTERDAM, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eventIsAdmittedOnlyFromItsOwnerWithKnownCodes(String description, LifecycleEvent event,
                                                       Optional<String> owner, String refusal) {
        Optional<String> judged = EventAdmission.refusal(event, owner, baseline());

        if (refusal == null) {
            assertThat(judged).isEmpty();
        } else {
            assertThat(judged).hasValueSatisfying(reason -> assertThat(reason).startsWith(refusal));
        }
    }

    private static InterventionDetails details(List<String> themes, String primaryTheme, List<String> riskFactors,
                                               List<String> protectiveFactors, String method) {
        return new InterventionDetails("AMS1", "Naam", null, themes, primaryTheme, riskFactors, protectiveFactors,
                method, false, null, null, null);
    }
}
