package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.TemplateData;

import java.util.function.Predicate;

/**
 * What the viewer of a page may follow, so that a page shows only links that open (Guard).
 *
 * @param national       the national pages and exports
 * @param municipalities whose municipality pages and interventions
 * @param logout         whether to offer /uitloggen (the local login is on and the viewer logged in)
 */
@TemplateData
public record Permissions(boolean national, Predicate<String> municipalities, boolean logout) {

    /** An error page: no link but home. */
    static final Permissions NONE = new Permissions(false, cbsCode -> false, false);

    public boolean opens(String cbsCode) {
        return municipalities.test(cbsCode);
    }
}
