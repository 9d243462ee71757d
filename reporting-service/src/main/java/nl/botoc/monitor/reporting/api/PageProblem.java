package nl.botoc.monitor.reporting.api;

import java.util.function.Function;

/**
 * A page cannot be shown: the reader gets an HTML page that says why (PageProblemMapper), in their language, or is
 * sent elsewhere (the login, or its own page).
 */
public class PageProblem extends RuntimeException {

    private final int status;
    private final Language language;
    private final transient Function<Msg, String> heading;
    private final transient Function<Msg, String> explanation;
    /** Where to go instead (status 303); null when the page explains. */
    private final String location;

    private PageProblem(int status, Language language, Function<Msg, String> heading,
                        Function<Msg, String> explanation, String location) {
        super("HTTP " + status);
        this.status = status;
        this.language = language;
        this.heading = heading;
        this.explanation = explanation;
        this.location = location;
    }

    static PageProblem notFound(Language language, Function<Msg, String> explanation) {
        return new PageProblem(404, language, Msg::notFound, explanation, null);
    }

    static PageProblem badRequest(Language language, Function<Msg, String> explanation) {
        return new PageProblem(400, language, Msg::badRequest, explanation, null);
    }

    static PageProblem unauthenticated(Language language) {
        return new PageProblem(401, language, Msg::unauthenticated, Msg::unauthenticatedExplanation, null);
    }

    static PageProblem forbidden(Language language) {
        return new PageProblem(403, language, Msg::forbidden, Msg::forbiddenExplanation, null);
    }

    static PageProblem redirect(String location) {
        return new PageProblem(303, Language.NL, msg -> "", msg -> "", location);
    }

    int status() {
        return status;
    }

    Language language() {
        return language;
    }

    String location() {
        return location;
    }

    String heading(Msg msg) {
        return heading.apply(msg);
    }

    String explanation(Msg msg) {
        return explanation.apply(msg);
    }
}
