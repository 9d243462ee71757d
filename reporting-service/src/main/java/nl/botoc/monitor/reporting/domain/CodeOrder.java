package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interventions in the order the report lists them: by code with its number read as a number (EIN2 before EIN10),
 * the original plan before later additions, then by name and id so that the order is total.
 */
public final class CodeOrder {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    public static final Comparator<String> CODES = CodeOrder::compareCodes;

    public static final Comparator<InterventionScan> INTERVENTIONS = Comparator
            .comparing(InterventionScan::origin, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InterventionScan::code, Comparator.nullsLast(CODES))
            .thenComparing(InterventionScan::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InterventionScan::interventionId, Comparator.nullsLast(Comparator.naturalOrder()));

    private CodeOrder() {
    }

    private static int compareCodes(String left, String right) {
        Matcher l = TRAILING_NUMBER.matcher(left);
        Matcher r = TRAILING_NUMBER.matcher(right);
        if (l.matches() && r.matches() && l.group(1).equals(r.group(1))) {
            int byNumber = new BigInteger(l.group(2)).compareTo(new BigInteger(r.group(2)));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return left.compareTo(right);
    }
}
