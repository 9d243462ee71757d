package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an intervention existed, as far as its events say: from the date of its registering event until the date
 * it was completed or cancelled. Kept with its state so that a progress report is checked without reading its history.
 *
 * @param registered when its planned or added event happened
 * @param ended      when its completed or cancelled event happened; null while it has not ended
 */
public record Life(OccurredAt registered, OccurredAt ended) {

    public Life {
        Objects.requireNonNull(registered, "registered");
    }

    static Life registeredOn(OccurredAt occurred) {
        return new Life(occurred, null);
    }

    Life endedOn(OccurredAt occurred) {
        return new Life(registered, occurred);
    }

    /**
     * Why a report that happened on {@code reported} cannot give a value over {@code period}, or empty when it can:
     * the period may not start before the first day the intervention may have been registered on, nor after the last
     * day the report may have happened on, nor end after the last day it may have ended on. Dates known only to a
     * month, quarter or year count in the intervention's favour.
     */
    Optional<String> excludes(Period period, OccurredAt reported) {
        LocalDate first = registered.date();
        if (period.start().isBefore(first)) {
            return Optional.of("must not start before " + first + ", the first day of the date the intervention "
                    + "was registered on");
        }
        LocalDate lastReported = reported.latestPossibleDate();
        if (period.start().isAfter(lastReported)) {
            return Optional.of("must not start after " + lastReported + ", the last day of the report's date");
        }
        if (ended != null && period.end().isAfter(ended.latestPossibleDate())) {
            return Optional.of("must not end after " + ended.latestPossibleDate() + ", the last day of the date "
                    + "the intervention ended on");
        }
        return Optional.empty();
    }
}
