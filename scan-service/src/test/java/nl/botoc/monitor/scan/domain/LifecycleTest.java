package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.LifecycleStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    /** Every status (empty: not registered yet) against every event type; an empty outcome is invalid. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            ",          PLANNED,   PLANNED",
            ",          ADDED,     PLANNED",
            ",          STARTED,   ",
            ",          ADJUSTED,  ",
            ",          CANCELLED, ",
            ",          COMPLETED, ",
            ",          PROGRESS_REPORTED, ",
            "PLANNED,   PLANNED,   ",
            "PLANNED,   ADDED,     ",
            "PLANNED,   STARTED,   STARTED",
            "PLANNED,   ADJUSTED,  PLANNED",
            "PLANNED,   CANCELLED, CANCELLED",
            "PLANNED,   COMPLETED, ",
            "PLANNED,   PROGRESS_REPORTED, PLANNED",
            "STARTED,   PLANNED,   ",
            "STARTED,   ADDED,     ",
            "STARTED,   STARTED,   ",
            "STARTED,   ADJUSTED,  STARTED",
            "STARTED,   CANCELLED, CANCELLED",
            "STARTED,   COMPLETED, COMPLETED",
            "STARTED,   PROGRESS_REPORTED, STARTED",
            "COMPLETED, PLANNED,   ",
            "COMPLETED, ADDED,     ",
            "COMPLETED, STARTED,   ",
            "COMPLETED, ADJUSTED,  ",
            "COMPLETED, CANCELLED, ",
            "COMPLETED, COMPLETED, ",
            "COMPLETED, PROGRESS_REPORTED, COMPLETED",
            "CANCELLED, PLANNED,   ",
            "CANCELLED, ADDED,     ",
            "CANCELLED, STARTED,   ",
            "CANCELLED, ADJUSTED,  ",
            "CANCELLED, CANCELLED, ",
            "CANCELLED, COMPLETED, ",
            "CANCELLED, PROGRESS_REPORTED, CANCELLED"})
    void eventLeadsToTheNextStatusOrIsInvalid(LifecycleStatus from, EventType type, LifecycleStatus expected) {
        assertThat(Lifecycle.next(from, type)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{1} at sequence {0}: {2}")
    @CsvSource({
            "1, PLANNED,   true",
            "1, ADDED,     true",
            "1, STARTED,   false",
            "2, PLANNED,   false",
            "2, ADDED,     false",
            "2, STARTED,   true",
            "5, COMPLETED, true",
            "1, PROGRESS_REPORTED, false",
            "4, PROGRESS_REPORTED, true"})
    void onlyARegisteringEventHasSequenceOne(long sequence, EventType type, boolean fits) {
        assertThat(Lifecycle.sequenceFitsType(sequence, type)).isEqualTo(fits);
    }
}
