package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.monitoring.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Values, shares and periods as a reader writes them: 25,5 in Dutch and 25.5 in English; 75%; 2021. */
final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** Empty for no value. */
    static String text(BigDecimal value, Language lang) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return lang == Language.NL ? plain.replace('.', ',') : plain;
    }

    /** A share (0 to 1) as a whole percentage; "–" where there is none. */
    static String percent(BigDecimal share) {
        return share == null ? "–" : share.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A calendar year as the year alone, any other period as its first and last day. */
    static String period(Period period, Language lang) {
        if (period.start() != null && period.equals(Period.year(period.start().getYear()))) {
            return Integer.toString(period.start().getYear());
        }
        return DateText.text(period.start(), lang) + " – " + DateText.text(period.end(), lang);
    }
}
