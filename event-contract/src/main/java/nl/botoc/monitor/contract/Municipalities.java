package nl.botoc.monitor.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dutch municipalities by CBS code. Any municipality may take part, so a valid code is enough; the eight
 * of BOTOC are named here so that pages can show their names.
 */
public final class Municipalities {

    /** CBS municipality codes: GM followed by four digits. */
    public static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    /** The eight BOTOC municipalities, in the report's order: CBS code to name. */
    public static final Map<String, String> BOTOC = botoc();

    private Municipalities() {
    }

    public static boolean isValidCode(String code) {
        return code != null && CBS_CODE.matcher(code).matches();
    }

    /** The name to show: the municipality's name where known, else its code. */
    public static String nameOf(String cbsCode) {
        return BOTOC.getOrDefault(cbsCode, cbsCode);
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
