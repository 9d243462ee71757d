package nl.botoc.monitor.reporting.api;

import java.util.function.Function;

/** A page cannot be shown: the reader gets an HTML page that says why (PageProblemMapper), in their language. */
public class PageProblem extends RuntimeException {

    private final int status;
    private final Language language;
    private final transient Function<Msg, String> explanation;

    PageProblem(int status, Language language, Function<Msg, String> explanation) {
        super("HTTP " + status);
        this.status = status;
        this.language = language;
        this.explanation = explanation;
    }

    static PageProblem notFound(Language language, Function<Msg, String> explanation) {
        return new PageProblem(404, language, explanation);
    }

    static PageProblem badRequest(Language language, Function<Msg, String> explanation) {
        return new PageProblem(400, language, explanation);
    }

    int status() {
        return status;
    }

    Language language() {
        return language;
    }

    String explanation(Msg msg) {
        return explanation.apply(msg);
    }
}
