package nl.botoc.monitor.registry.api;

import nl.botoc.monitor.contract.InterventionDetails;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request with rules that span its fields or reach into the contract's records, which carry no constraint
 * annotations. {@link FollowsFieldRules} turns each broken rule into a bean-validation violation of that field.
 */
public interface FieldRules {

    /** Each broken rule as field path (e.g. {@code details.name}) and message; empty when all hold. */
    Map<String, String> brokenRules();

    /** A name or code, when given, must say something: they are how people find the intervention. */
    static Map<String, String> blankNameOrCode(String field, InterventionDetails details) {
        Map<String, String> broken = new LinkedHashMap<>();
        if (details != null && isBlankWhenGiven(details.name())) {
            broken.put(field + ".name", "must not be blank");
        }
        if (details != null && isBlankWhenGiven(details.code())) {
            broken.put(field + ".code", "must not be blank; leave it out when there is no code");
        }
        return broken;
    }

    private static boolean isBlankWhenGiven(String text) {
        return text != null && text.isBlank();
    }
}
