package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.reporting.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.botoc.monitor.contract.DatePrecision.DAY;
import static nl.botoc.monitor.contract.DatePrecision.MONTH;
import static nl.botoc.monitor.contract.DatePrecision.YEAR;
import static nl.botoc.monitor.reporting.Events.details;
import static org.assertj.core.api.Assertions.assertThat;

class IatiActivityTest {

    @ParameterizedTest(name = "{0} → ActivityStatus {1}, started {2}, ended {3}")
    @CsvSource(textBlock = """
            planned,   1, ,           
            started,   2, 2021-01-01, 
            completed, 3, 2021-01-01, 2022-03-01
            cancelled, 5, ,           2021-02-01
            """)
    void statusAndDatesFollowTheEvents(String status, String code, String started, String ended) {
        UUID id = UUID.randomUUID();
        Events events = Events.of(id, "GM0202");
        List<LifecycleEvent> timeline = new ArrayList<>();
        timeline.add(events.planned("2020-09-01", MONTH, details("ARN1", "Jongerenwerk")));
        switch (status) {
            case "started" -> timeline.add(events.started("2021-01-01", YEAR));
            case "completed" -> {
                timeline.add(events.started("2021-01-01", YEAR));
                timeline.add(events.completed("2022-03-01", DAY));
            }
            case "cancelled" -> timeline.add(events.cancelled("2021-02-01", MONTH));
            default -> { }
        }

        IatiActivity activity = IatiActivity.of(id, timeline.stream().map(Events::recorded).toList()).orElseThrow();

        assertThat(activity.status()).isEqualTo(LifecycleStatus.valueOf(status.toUpperCase()));
        assertThat(activity.activityStatus()).isEqualTo(code);
        assertThat(activity.registered().date()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(activity.started() == null ? null : activity.started().date().toString()).isEqualTo(started);
        assertThat(activity.ended() == null ? null : activity.ended().date().toString()).isEqualTo(ended);
        assertThat(activity.details().code()).isEqualTo("ARN1");
    }

    @ParameterizedTest
    @CsvSource({"OUTPUT, 1", "OUTCOME, 2", "IMPACT, 3"})
    void goalLevelsAreTheResultTypes(GoalLevel level, String type) {
        assertThat(IatiActivity.resultType(level)).isEqualTo(type);
    }

    @Test
    void eventsThatDoNotRegisterMakeNoActivity() {
        Events events = Events.of(UUID.randomUUID(), "GM0202");
        events.planned("2020-09-01", MONTH, details("ARN1", "Jongerenwerk"));

        assertThat(IatiActivity.of(UUID.randomUUID(), List.of(Events.recorded(events.started("2021-01-01", YEAR)))))
                .isEmpty();
    }
}
