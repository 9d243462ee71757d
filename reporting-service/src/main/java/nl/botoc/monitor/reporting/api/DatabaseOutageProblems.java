package nl.botoc.monitor.reporting.api;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.sql.SQLException;

/**
 * 503 problem+json with Retry-After while PostgreSQL cannot be reached ({@link DatabaseOutage}), logged as one line
 * (not a stack trace per request during an outage); any other database failure stays the problem extension's 500.
 */
class DatabaseOutageProblems {

    static final String TITLE = "Database tijdelijk niet bereikbaar";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageProblems.class);

    @ServerExceptionMapper
    Response persistence(PersistenceException failure, UriInfo uri) {
        return problem(failure, uri);
    }

    @ServerExceptionMapper
    Response jdbc(SQLException failure, UriInfo uri) {
        return problem(failure, uri);
    }

    private static Response problem(Exception failure, UriInfo uri) {
        if (!DatabaseOutage.isCause(failure)) {
            return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(
                    HttpProblem.valueOf(Status.INTERNAL_SERVER_ERROR), ProblemContext.of(failure, uri)).toResponse();
        }
        String path = uri.getRequestUri().getRawPath();
        LOG.warnf("503 for %s, the database cannot be reached: %s", path, failure.getMessage());
        return HttpProblem.builder().withStatus(Status.SERVICE_UNAVAILABLE).withTitle(TITLE)
                .withDetail("The database of the figures cannot be reached right now. Retry in a few seconds.")
                .withInstance(URI.create(path))
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build().toResponse();
    }
}
