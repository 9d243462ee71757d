package nl.botoc.monitor.registry.domain;

import java.util.List;

/**
 * A code in intervention details that the evidence base does not define.
 *
 * @param field where the details hold it, e.g. {@code themes[1]}
 * @param valid every code of its kind the evidence base does define, in the base's order
 */
public record UnknownCode(String field, CodeKind kind, String code, List<String> valid) {

    public UnknownCode {
        valid = List.copyOf(valid);
    }

    /** Says what is wrong and what would be right: "unknown theme 'foo'; valid: gedrag-identiteit, ...". */
    public String message() {
        return "unknown " + kind.noun() + " '" + code + "'; valid: "
                + (valid.isEmpty() ? "none yet" : String.join(", ", valid));
    }
}
