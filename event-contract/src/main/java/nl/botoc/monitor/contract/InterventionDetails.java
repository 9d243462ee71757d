package nl.botoc.monitor.contract;

import nl.botoc.monitor.contract.monitoring.Goal;

import java.util.List;

/**
 * What a municipality says about an intervention. In a {@code planned} or {@code added} event it is the
 * whole description; in an {@code adjusted} event only the fields that changed are present (null means
 * unchanged), so the event itself says how the intervention was adjusted.
 *
 * @param code              the municipality's own short code, e.g. AMS1 (unique within the municipality)
 * @param themes            theme codes the intervention touches
 * @param primaryTheme      the theme it touches most strongly, one of {@code themes}
 * @param riskFactors       risk factor codes it declares to target; null when not declared
 * @param protectiveFactors protective factor codes it declares to strengthen; null when not declared
 * @param method            code of the method it uses, when it uses a named method
 * @param pilot             whether it is a pilot that explores before looking for what works
 * @param goals             its goals, as the municipality words them
 * @param measurableGoals   its goals per level with the indicator that measures each; an adjustment that gives
 *                          them replaces the whole list, so earlier targets stay in the earlier events
 */
public record InterventionDetails(
        String code,
        String name,
        String description,
        List<String> themes,
        String primaryTheme,
        List<String> riskFactors,
        List<String> protectiveFactors,
        String method,
        Boolean pilot,
        TargetGroup targetGroup,
        String goals,
        List<Goal> measurableGoals) {

    public static InterventionDetails named(String code, String name) {
        return new InterventionDetails(code, name, null, null, null, null, null, null, null, null, null, null);
    }

    /** These details with every non-null field of {@code changes} laid over them. */
    public InterventionDetails with(InterventionDetails changes) {
        return new InterventionDetails(
                pick(changes.code, code),
                pick(changes.name, name),
                pick(changes.description, description),
                pick(changes.themes, themes),
                pick(changes.primaryTheme, primaryTheme),
                pick(changes.riskFactors, riskFactors),
                pick(changes.protectiveFactors, protectiveFactors),
                pick(changes.method, method),
                pick(changes.pilot, pilot),
                pick(changes.targetGroup, targetGroup),
                pick(changes.goals, goals),
                pick(changes.measurableGoals, measurableGoals));
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
