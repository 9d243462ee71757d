package nl.botoc.monitor.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import java.net.URI;

/**
 * Turns the 500 of a request that failed because the database could not be reached ({@link DatabaseOutage}) into a
 * 503 problem with Retry-After. It works on the problem the extension made of the exception, whatever its type and
 * wrapping, so no mapper of its own competes with the extension's.
 */
@ApplicationScoped
@Unremovable
class DatabaseOutageProblems implements ProblemPostProcessor {

    static final long RETRY_AFTER_SECONDS = 5;

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != Status.INTERNAL_SERVER_ERROR.getStatusCode()
                || !DatabaseOutage.isCause(context.cause)) {
            return problem;
        }
        return HttpProblem.builder()
                .withStatus(Status.SERVICE_UNAVAILABLE)
                .withTitle("Database tijdelijk niet bereikbaar")
                .withDetail("The database of the figures cannot be reached right now; try again in a few seconds.")
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
