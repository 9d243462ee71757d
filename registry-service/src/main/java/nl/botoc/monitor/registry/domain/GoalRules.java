package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.monitoring.Baseline;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules measurable goals follow wherever they are given (registration, adjustment, the goals endpoint): each
 * names its level and an indicator that can be reported on, so that progress and lowered targets can be derived.
 * Each broken rule is reported as the path of the field at fault under the given prefix, e.g.
 * {@code details.measurableGoals[0].indicator.unit}.
 */
public final class GoalRules {

    /** An indicator's code is a key that progress reports repeat: plain enough to type and to put in a URL. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

    private GoalRules() {
    }

    /** The rules broken by {@code goals} at {@code prefix}; nothing when no goals are given. */
    public static Map<String, String> brokenBy(String prefix, List<Goal> goals) {
        Map<String, String> broken = new LinkedHashMap<>();
        if (goals == null) {
            return broken;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            String field = prefix + "[" + i + "]";
            Goal goal = goals.get(i);
            if (goal == null) {
                broken.put(field, "must be a goal with a level and an indicator");
                codes.add(null);
                continue;
            }
            if (goal.level() == null) {
                broken.put(field + ".level", "must be given: output, outcome or impact");
            }
            if (goal.indicator() == null) {
                broken.put(field + ".indicator", "must be given: how progress towards the goal is measured");
                codes.add(null);
                continue;
            }
            indicator(broken, field + ".indicator", goal.indicator());
            codeOnce(broken, prefix, i, goal.indicator().code(), codes);
        }
        return broken;
    }

    private static void indicator(Map<String, String> broken, String field, Indicator indicator) {
        String code = indicator.code();
        if (code == null || code.isBlank()) {
            broken.put(field + ".code", "must not be blank: progress reports name the indicator by it");
        } else if (!CODE.matcher(code).matches()) {
            broken.put(field + ".code", "must consist of lower-case letters, digits and '-', "
                    + "e.g. begeleide-jongeren");
        }
        requireText(broken, field + ".name", indicator.name());
        requireText(broken, field + ".unit", indicator.unit());
        if (indicator.direction() == null) {
            broken.put(field + ".direction", "must be given: higher-is-better or lower-is-better");
        }
        baseline(broken, field + ".baseline", indicator.baseline());
        targets(broken, field + ".targets", indicator.targets());
    }

    /** Progress reports and lowered targets find an indicator by its code, so one code means one indicator. */
    private static void codeOnce(Map<String, String> broken, String prefix, int index, String code,
                                 List<String> codes) {
        int first = code == null ? -1 : codes.indexOf(code);
        if (first >= 0) {
            broken.put(prefix + "[" + index + "].indicator.code", "'" + code + "' is the code of " + prefix + "["
                    + first + "].indicator already: codes are unique within the intervention");
        }
        codes.add(code);
    }

    private static void baseline(Map<String, String> broken, String field, Baseline baseline) {
        if (baseline == null) {
            return;
        }
        if (baseline.value() == null) {
            broken.put(field + ".value", "a baseline has both a value and a date; leave it out when unknown");
        }
        if (baseline.date() == null) {
            broken.put(field + ".date", "a baseline has both a value and a date; leave it out when unknown");
        }
    }

    private static void targets(Map<String, String> broken, String field, List<Target> targets) {
        if (targets == null) {
            return;
        }
        List<Period> periods = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            String targetField = field + "[" + k + "]";
            Target target = targets.get(k);
            if (target == null) {
                broken.put(targetField, "must be a target with a period and a value");
                periods.add(null);
                continue;
            }
            Period period = target.period();
            int first = periods.indexOf(period);
            if (period == null || !period.isOrdered()) {
                broken.put(targetField + ".period", "must have a start and an end on or after it");
            } else if (first >= 0) {
                // Which of two targets for one period counts would be a guess, and so would a lowered target.
                broken.put(targetField + ".period", "has a target already: " + field + "[" + first + "]");
            }
            periods.add(period);
            if (target.value() == null) {
                broken.put(targetField + ".value", "must be given");
            }
        }
    }

    private static void requireText(Map<String, String> broken, String field, String text) {
        if (text == null || text.isBlank()) {
            broken.put(field, "must not be blank");
        }
    }
}
