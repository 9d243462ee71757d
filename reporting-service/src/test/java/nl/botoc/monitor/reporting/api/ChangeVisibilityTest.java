package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.reporting.api.PageUpdates.Change;
import nl.botoc.monitor.reporting.domain.Viewer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeVisibilityTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final UUID FOREIGN = UUID.randomUUID();
    private static final Change BOTH = new Change(7, false, Set.of("GM0363", "GM0202"),
            Map.of(OWN, "GM0363", FOREIGN, "GM0202"));

    @Test
    void theMinistryHearsEverything() {
        assertThat(BOTH.seenBy(viewer(Viewer.MINISTRY, null))).contains(BOTH);
    }

    @Test
    void aMunicipalityHearsOnlyOfItsOwnMunicipalityAndInterventions() {
        Change seen = BOTH.seenBy(viewer(Viewer.MUNICIPALITY, "GM0363")).orElseThrow();

        assertThat(seen.id()).isEqualTo(7);
        assertThat(seen.municipalities()).containsExactly("GM0363");
        assertThat(seen.interventions()).containsExactly(OWN);
    }

    @Test
    void aMunicipalityHearsNothingOfAChangeElsewhere() {
        Change elsewhere = new Change(8, false, Set.of("GM0202"), Map.of(FOREIGN, "GM0202"));

        assertThat(elsewhere.seenBy(viewer(Viewer.MUNICIPALITY, "GM0363"))).isEmpty();
    }

    @Test
    void aMunicipalityHearsThatEverythingChanged() {
        Change everything = new Change(9, true, Set.of(), Map.of());

        assertThat(everything.seenBy(viewer(Viewer.MUNICIPALITY, "GM0363"))).contains(everything);
    }

    @Test
    void aReaderOfPublicNationalPagesHearsThatSomethingChangedButNotWhere() {
        Change seen = BOTH.seenBy(Viewer.NOBODY).orElseThrow();

        assertThat(seen.municipalities()).isEmpty();
        assertThat(seen.interventions()).isEmpty();
    }

    private static Viewer viewer(String role, String cbsCode) {
        return new Viewer("someone", Set.of(role), cbsCode, Instant.MAX);
    }
}
