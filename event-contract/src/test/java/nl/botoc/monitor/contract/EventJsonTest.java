package nl.botoc.monitor.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private final ObjectMapper plainJson = new ObjectMapper();

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#LIFECYCLE")
    void lifecycleFixtureRoundTripsUnchanged(String fixture) throws Exception {
        String golden = GoldenFixtures.read(fixture);

        LifecycleEvent event = EventJson.readLifecycleEvent(golden);

        assertThat(plainJson.readTree(EventJson.write(event))).isEqualTo(plainJson.readTree(golden));
        assertThat(fixture).contains(event.type().wireName());
    }

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#SCANS")
    void scanFixtureRoundTripsUnchanged(String fixture) throws Exception {
        String golden = GoldenFixtures.read(fixture);

        InterventionScan scan = EventJson.readScan(golden);

        assertThat(plainJson.readTree(EventJson.write(scan))).isEqualTo(plainJson.readTree(golden));
    }

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#EVIDENCE")
    void evidenceFixtureRoundTripsUnchanged(String fixture) throws Exception {
        String golden = GoldenFixtures.read(fixture);

        EvidenceChanged changed = EventJson.read(golden, EvidenceChanged.class);

        assertThat(plainJson.readTree(EventJson.write(changed))).isEqualTo(plainJson.readTree(golden));
        assertThat(changed.change()).isInstanceOf(EvidenceChange.FactorReclassified.class);
    }

    @Test
    void payloadTypeFollowsTheTypeProperty() {
        LifecycleEvent event = EventJson.readLifecycleEvent(GoldenFixtures.read("lifecycle/adjusted.json"));

        assertThat(event.payload()).isInstanceOfSatisfying(LifecyclePayload.Adjusted.class,
                adjusted -> assertThat(adjusted.changes().name()).isEqualTo("Bon Sjans"));
        assertThat(event.occurred()).isEqualTo(OccurredAt.onDay(LocalDate.of(2021, 6, 15)));
    }

    @Test
    void unknownPropertyIsRejected() {
        String withExtra = GoldenFixtures.read("lifecycle/started.json").replaceFirst("\\{", "{\"owner\": \"GM0599\",");

        assertThatThrownBy(() -> EventJson.readLifecycleEvent(withExtra))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("owner");
    }

    @Test
    void unknownEventTypeIsRejected() {
        String renamed = GoldenFixtures.read("lifecycle/started.json").replace("\"started\"", "\"begun\"");

        assertThatThrownBy(() -> EventJson.readLifecycleEvent(renamed))
                .isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void missingEnvelopeFieldIsRejected() {
        String withoutMunicipality = GoldenFixtures.read("lifecycle/started.json")
                .replace("\"municipality\": \"GM0363\",", "");

        assertThatThrownBy(() -> EventJson.readLifecycleEvent(withoutMunicipality))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("municipality");
    }
}
