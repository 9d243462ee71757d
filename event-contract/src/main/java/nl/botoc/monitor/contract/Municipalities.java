package nl.botoc.monitor.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dutch municipalities by CBS code. Any municipality may take part, so a valid code is enough; the eight
 * of BOTOC are named here so that pages can show their names and the report's short codes.
 */
public final class Municipalities {

    /** CBS municipality codes: GM followed by four digits. */
    public static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    /** The eight BOTOC municipalities, in the report's order: CBS code to name. */
    public static final Map<String, String> BOTOC = botoc();

    private static final Map<String, String> REPORT_PREFIX = Map.of(
            "GM0363", "AMS", "GM0202", "ARN", "GM0518", "DH", "GM0772", "EIN",
            "GM0599", "ROT", "GM0855", "TIL", "GM0344", "UTR", "GM0479", "ZAA");

    private Municipalities() {
    }

    public static boolean isValidCode(String code) {
        return code != null && CBS_CODE.matcher(code).matches();
    }

    /** The name to show: the municipality's name where known, else its code. */
    public static String nameOf(String cbsCode) {
        return BOTOC.getOrDefault(cbsCode, cbsCode);
    }

    /** The prefix the report uses for the municipality's intervention codes (AMS for Amsterdam). */
    public static Optional<String> reportPrefix(String cbsCode) {
        return Optional.ofNullable(REPORT_PREFIX.get(cbsCode));
    }

    private static Map<String, String> botoc() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("GM0363", "Amsterdam");
        names.put("GM0202", "Arnhem");
        names.put("GM0518", "Den Haag");
        names.put("GM0772", "Eindhoven");
        names.put("GM0599", "Rotterdam");
        names.put("GM0855", "Tilburg");
        names.put("GM0344", "Utrecht");
        names.put("GM0479", "Zaanstad");
        return Collections.unmodifiableMap(names);
    }
}
