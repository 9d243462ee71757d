package nl.botoc.monitor.registry.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

/**
 * Turns the 500 of a request that failed for want of the database into 503 with Retry-After. The outcome is not an
 * acknowledgement, and the same request (with the same event id) is safe to send again. Runs on every problem the extension's
 * mappers make, before it is logged, so that no exception type need be listed here.
 */
@ApplicationScoped
class DatabaseOutageProblems implements ProblemPostProcessor {

    static final long RETRY_AFTER_SECONDS = 5;

    /** Before the extension's logger (101), which then logs the 503 rather than a 500. */
    @Override
    public int priority() {
        return 200;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != Status.INTERNAL_SERVER_ERROR.getStatusCode()
                || !DatabaseOutage.isCause(context.cause)) {
            return problem;
        }
        return HttpProblem.builder()
                .withStatus(Status.SERVICE_UNAVAILABLE)
                .withTitle("Database tijdelijk niet bereikbaar")
                .withDetail("The database cannot be reached right now. Send the same request again in "
                        + RETRY_AFTER_SECONDS + " s, with the same event id: if it was recorded after all, it is "
                        + "answered as the first time.")
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
