package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.TargetGroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules intervention details follow whatever the evidence base says. Each broken rule is reported as the path
 * of the field at fault (under the given prefix, e.g. {@code details.themes[1]}) and a message.
 */
public final class DetailsRules {

    /** The plausible range of ages in a target group; anything outside it is a typing error, not a group. */
    public static final int YOUNGEST = 0;
    public static final int OLDEST = 120;

    private static final List<CodeKind> LISTS = List.of(CodeKind.THEME, CodeKind.RISK_FACTOR,
            CodeKind.PROTECTIVE_FACTOR);

    private DetailsRules() {
    }

    /**
     * The rules each field follows on its own, for whole details (a registration) and for the changed fields of an
     * adjustment alike: what is given must say something, lists name each code once, ages make a range, measurable
     * goals follow {@link GoalRules}.
     */
    public static Map<String, String> brokenBy(String prefix, InterventionDetails details) {
        Map<String, String> broken = new LinkedHashMap<>();
        if (details == null) {
            return broken;
        }
        // A name, code or method is how people find the intervention: when given, it must say something.
        requireTextWhenGiven(broken, prefix + ".name", details.name(), "must not be blank");
        requireTextWhenGiven(broken, prefix + ".code", details.code(),
                "must not be blank; leave it out when there is no code");
        requireTextWhenGiven(broken, prefix + ".method", details.method(),
                "must not be blank; leave it out when no named method is used");
        LISTS.forEach(kind -> eachCodeOnce(broken, prefix, kind, kind.givenIn(details)));
        ageRange(broken, prefix + ".targetGroup", details.targetGroup());
        broken.putAll(GoalRules.brokenBy(prefix + ".measurableGoals", details.measurableGoals()));
        return broken;
    }

    /**
     * The primary theme must be one of the intervention's themes once {@code changes} are laid over {@code before}
     * (null when registering). Blamed on primaryTheme when the changes set it, else on the themes that dropped it.
     */
    public static Map<String, String> primaryThemeBrokenBy(String prefix, InterventionDetails before,
                                                           InterventionDetails changes) {
        InterventionDetails after = before == null ? changes : before.with(changes);
        String primary = after.primaryTheme();
        List<String> themes = after.themes() == null ? List.of() : after.themes();
        if (primary == null || themes.contains(primary)) {
            return Map.of();
        }
        if (changes.primaryTheme() != null) {
            return Map.of(prefix + ".primaryTheme", themes.isEmpty()
                    ? "must be one of themes, and no themes are given"
                    : "must be one of themes: " + String.join(", ", themes));
        }
        return Map.of(prefix + ".themes", "must include the primary theme '" + primary
                + "', or change primaryTheme as well");
    }

    private static void requireTextWhenGiven(Map<String, String> broken, String field, String text, String message) {
        if (text != null && text.isBlank()) {
            broken.put(field, message);
        }
    }

    private static void eachCodeOnce(Map<String, String> broken, String prefix, CodeKind kind, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int first = codes.indexOf(code);
            if (code == null || code.isBlank()) {
                broken.put(prefix + "." + kind.fieldOf(i), "must not be blank");
            } else if (first < i) {
                broken.put(prefix + "." + kind.fieldOf(i),
                        "'" + code + "' is listed twice: it is " + kind.fieldOf(first) + " already");
            }
        }
    }

    private static void ageRange(Map<String, String> broken, String field, TargetGroup group) {
        if (group == null) {
            return;
        }
        plausibleAge(broken, field + ".minAge", group.minAge());
        plausibleAge(broken, field + ".maxAge", group.maxAge());
        if (group.minAge() != null && group.maxAge() != null && group.minAge() > group.maxAge()) {
            broken.put(field, "minAge (" + group.minAge() + ") must not be greater than maxAge ("
                    + group.maxAge() + ")");
        }
    }

    private static void plausibleAge(Map<String, String> broken, String field, Integer age) {
        if (age != null && (age < YOUNGEST || age > OLDEST)) {
            broken.put(field, "must be between " + YOUNGEST + " and " + OLDEST);
        }
    }
}
