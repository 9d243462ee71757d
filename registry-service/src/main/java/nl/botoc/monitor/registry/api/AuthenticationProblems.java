package nl.botoc.monitor.registry.api;

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
 * 401 problems with the Bearer challenge of RFC 6750. The problem extension (3.21.0) maps these itself, but reads the
 * challenge through a field this Quarkus no longer has and answers 500; a lower priority value than its 4999 wins.
 */
class AuthenticationProblems {

    private static final int BEFORE_THE_EXTENSIONS_MAPPERS = Priorities.USER - 100;

    @ServerExceptionMapper(priority = BEFORE_THE_EXTENSIONS_MAPPERS)
    Response withoutToken(UnauthorizedException refusal, UriInfo uri) {
        return unauthorized(uri, "Send a bearer token: Authorization: Bearer <token>.", "Bearer");
    }

    @ServerExceptionMapper(priority = BEFORE_THE_EXTENSIONS_MAPPERS)
    Response untrustedToken(AuthenticationFailedException refusal, UriInfo uri) {
        // Why the token failed (expiry, issuer, signature) is not told: it would help whoever forged it.
        return unauthorized(uri, "The bearer token is not valid here.", "Bearer error=\"invalid_token\"");
    }

    private static Response unauthorized(UriInfo uri, String detail, String challenge) {
        return HttpProblem.builder().withStatus(Status.UNAUTHORIZED).withTitle(Status.UNAUTHORIZED.getReasonPhrase())
                .withDetail(detail).withInstance(URI.create(uri.getRequestUri().getRawPath()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge).build().toResponse();
    }
}
