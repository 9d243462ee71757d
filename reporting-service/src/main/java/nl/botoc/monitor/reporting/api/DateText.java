package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.TemplateExtension;
import nl.botoc.monitor.contract.OccurredAt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates as readers say them, and no more precisely than they are known: "2021", "3e kwartaal 2020", "juli 2020",
 * "1 juli 2020". Also usable in templates: {@code {at.text(page.lang)}}.
 */
@TemplateExtension
public final class DateText {

    private DateText() {
    }

    public static String text(OccurredAt at, Language lang) {
        if (at == null) {
            return "";
        }
        LocalDate date = at.date();
        return switch (at.precision()) {
            case DAY -> text(date, lang);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", lang.locale()).format(date);
            case QUARTER -> quarter((date.getMonthValue() - 1) / 3 + 1, date.getYear(), lang);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    public static String text(LocalDate date, Language lang) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale())
                .format(date);
    }

    private static String quarter(int quarter, int year, Language lang) {
        return lang == Language.NL ? quarter + "e kwartaal " + year : "Q" + quarter + " " + year;
    }
}
