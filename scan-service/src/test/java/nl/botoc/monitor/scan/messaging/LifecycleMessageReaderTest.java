package nl.botoc.monitor.scan.messaging;

import nl.botoc.monitor.contract.GoldenFixtures;
import nl.botoc.monitor.contract.LifecycleEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleMessageReaderTest {

    @ParameterizedTest
    @FieldSource("nl.botoc.monitor.contract.GoldenFixtures#LIFECYCLE")
    void everyGoldenFixtureIsAccepted(String fixture) {
        LifecycleEvent event = LifecycleMessageReader.read(GoldenFixtures.read(fixture));

        assertThat(fixture).isEqualTo("lifecycle/" + event.type().wireName() + ".json");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not json {", "{}", "[]"})
    void messageThatIsNoLifecycleEventIsUnreadable(String value) {
        assertThatThrownBy(() -> LifecycleMessageReader.read(value))
                .isInstanceOf(LifecycleMessageReader.UnreadableMessageException.class);
    }

    @Test
    void startedEventWithSequenceOneIsUnreadable() {
        String startedFirst = GoldenFixtures.read("lifecycle/started.json")
                .replace("\"sequence\": 2", "\"sequence\": 1");

        assertThatThrownBy(() -> LifecycleMessageReader.read(startedFirst))
                .isInstanceOf(LifecycleMessageReader.UnreadableMessageException.class)
                .hasMessageContaining("sequence 1");
    }

    @Test
    void plannedEventWithALaterSequenceIsUnreadable() {
        String plannedLater = GoldenFixtures.read("lifecycle/planned.json")
                .replace("\"sequence\": 1", "\"sequence\": 3");

        assertThatThrownBy(() -> LifecycleMessageReader.read(plannedLater))
                .isInstanceOf(LifecycleMessageReader.UnreadableMessageException.class);
    }
}
