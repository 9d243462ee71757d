package nl.botoc.monitor.registry.api;

import java.util.Map;

/**
 * A request with rules that span its fields or reach into the contract's records, which carry no constraint
 * annotations. {@link FollowsFieldRules} turns each broken rule into a bean-validation violation of that field.
 */
public interface FieldRules {

    /** Each broken rule as field path (e.g. {@code details.name}) and message; empty when all hold. */
    Map<String, String> brokenRules();
}
