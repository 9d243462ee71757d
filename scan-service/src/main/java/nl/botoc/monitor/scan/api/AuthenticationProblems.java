package nl.botoc.monitor.scan.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * A request without a valid bearer token gets a 401 problem that asks for one. resteasy-problem maps these
 * exceptions too (priority 4999), but its mappers fail against this Quarkus version (NoSuchFieldError on
 * ChallengeData) and answer 500, so these take precedence. The problem does not say what was wrong with the token:
 * that would only help whoever forged it.
 */
class AuthenticationProblems {

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = Priorities.USER - 1000)
    Response unauthenticated(UriInfo request) {
        return HttpProblem.builder()
                .withStatus(Status.UNAUTHORIZED)
                .withTitle(Status.UNAUTHORIZED.getReasonPhrase())
                .withDetail("Send a valid bearer token: Authorization: Bearer <token>.")
                .withInstance(URI.create(request.getPath()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build()
                .toResponse();
    }
}
