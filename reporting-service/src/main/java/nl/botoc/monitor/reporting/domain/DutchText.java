package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates, periods and numbers in the short Dutch form the attention list uses: 14-04-2022, 2021, 25,5. */
final class DutchText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

    private DutchText() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** No more precisely than it is known: 14-01-2022, 01-2022, K1 2022, 2022. */
    static String occurred(OccurredAt at) {
        LocalDate date = at.date();
        return switch (at.precision()) {
            case DAY -> day(date);
            case MONTH -> MONTH.format(date);
            case QUARTER -> "K" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** A calendar year as the year alone, any other period as its two days. */
    static String period(Period period) {
        if (period.start() == null || period.end() == null) {
            return "?";
        }
        if (period.equals(Period.year(period.start().getYear()))) {
            return Integer.toString(period.start().getYear());
        }
        return day(period.start()) + " t/m " + day(period.end());
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
