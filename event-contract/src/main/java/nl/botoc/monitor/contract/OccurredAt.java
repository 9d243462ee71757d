package nl.botoc.monitor.contract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened in the world, as precisely as it is known. The date is the first day of the
 * period the precision names (2020-09-01 with MONTH means "September 2020").
 */
public record OccurredAt(LocalDate date, DatePrecision precision) {

    public OccurredAt {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    public static OccurredAt onDay(LocalDate date) {
        return new OccurredAt(date, DatePrecision.DAY);
    }

    /** The last day the event may have happened on: the end of the period the precision names. */
    public LocalDate latestPossibleDate() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case QUARTER -> date.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 3).withDayOfMonth(1)
                    .plusMonths(1).minusDays(1);
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }
}
