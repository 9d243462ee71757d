package nl.botoc.monitor.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InterventionDetailsTest {

    private final InterventionDetails schoonSchip = new InterventionDetails("ROT1", "Schoon Schip", "Aanpak",
            List.of("gedrag-identiteit"), "gedrag-identiteit", null, null, null, false, null, "Minder instroom");

    @Test
    void changesAreLaidOverTheCurrentDetails() {
        InterventionDetails changed = schoonSchip.with(new InterventionDetails(null, null, "Nieuwe aanpak",
                null, null, null, null, null, true, null, null));

        assertThat(changed.name()).isEqualTo("Schoon Schip");
        assertThat(changed.description()).isEqualTo("Nieuwe aanpak");
        assertThat(changed.pilot()).isTrue();
    }
}
