package nl.botoc.monitor.registry.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event the lifecycle allows but whose content does not fit the intervention as it is now, e.g. a progress report
 * on an indicator it does not have. Names each field at fault, as the path within the event's payload.
 */
public final class BrokenRules extends RuntimeException {

    private final Map<String, String> fields;

    BrokenRules(String summary, Map<String, String> fields) {
        super(summary);
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Each broken rule as field path (e.g. {@code measurements[0].unit}) and message. */
    public Map<String, String> fields() {
        return fields;
    }
}
