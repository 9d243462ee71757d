package nl.botoc.monitor.contract;

import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InterventionDetailsTest {

    private final InterventionDetails schoonSchip = new InterventionDetails("ROT1", "Schoon Schip", "Aanpak",
            List.of("gedrag-identiteit"), "gedrag-identiteit", null, null, null, false, null, "Minder instroom",
            List.of(coachedYoungPeople(60)));

    @Test
    void changesAreLaidOverTheCurrentDetails() {
        InterventionDetails changed = schoonSchip.with(new InterventionDetails(null, null, "Nieuwe aanpak",
                null, null, null, null, null, true, null, null, null));

        assertThat(changed.name()).isEqualTo("Schoon Schip");
        assertThat(changed.description()).isEqualTo("Nieuwe aanpak");
        assertThat(changed.pilot()).isTrue();
        assertThat(changed.measurableGoals()).isEqualTo(schoonSchip.measurableGoals());
    }

    @Test
    void changedGoalsReplaceTheWholeList() {
        List<Goal> lowered = List.of(coachedYoungPeople(40));

        InterventionDetails changed = schoonSchip.with(new InterventionDetails(null, null, null,
                null, null, null, null, null, null, null, null, lowered));

        assertThat(changed.measurableGoals()).isEqualTo(lowered);
        assertThat(changed.goals()).isEqualTo("Minder instroom");
    }

    private static Goal coachedYoungPeople(int target) {
        return new Goal(GoalLevel.OUTPUT, "Jongeren begeleiden", new Indicator("begeleid", "Begeleide jongeren",
                "jongeren", Direction.HIGHER_IS_BETTER, null,
                List.of(new Target(Period.year(2021), BigDecimal.valueOf(target))), "Registratie"));
    }
}
