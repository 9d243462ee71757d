package nl.botoc.monitor.scan.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import java.net.URI;

/**
 * A request that failed because the database could not be reached ({@link DatabaseOutage}) gets a 503 problem with
 * Retry-After instead of a 500. It turns the problem resteasy-problem made of the exception, whatever its type and
 * wrapping, so no mapper of its own competes with the extension's.
 */
@ApplicationScoped
@Unremovable
class DatabaseOutageProblems implements ProblemPostProcessor {

    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!DatabaseOutage.isCause(context.cause)) {
            return problem;
        }
        return HttpProblem.builder()
                .withStatus(Status.SERVICE_UNAVAILABLE)
                .withTitle("Database tijdelijk niet bereikbaar")
                .withDetail("The database cannot be reached at the moment; try again in a few seconds.")
                .withInstance(context.path == null ? null : URI.create(context.path))
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    /** Before the extension's logger (101), so that it logs the 503 this makes of the failure. */
    @Override
    public int priority() {
        return 200;
    }
}
