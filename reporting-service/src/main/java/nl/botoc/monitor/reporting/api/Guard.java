package nl.botoc.monitor.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.botoc.monitor.reporting.config.SecurityConfig;
import nl.botoc.monitor.reporting.domain.Access;
import nl.botoc.monitor.reporting.domain.Access.Verdict;
import nl.botoc.monitor.reporting.domain.Viewer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies {@link Access} to a request: reads the viewer from its verified token (header or cookie) and turns a
 * refusal into what the client understands: problem+json for the API, a login or an explanation for a page.
 */
@ApplicationScoped
public class Guard {

    /** One rule of {@link Access}, for the viewer at hand. */
    @FunctionalInterface
    public interface Rule {
        Verdict apply(Access access, Viewer viewer);
    }

    static final String LOGIN = "/inloggen";
    /** The live streams and who may read them. */
    private static final Map<String, Rule> STREAMS = Map.of(
            ChangesResource.PATH, Access::changes,
            OverviewResource.STREAM, Access::national);
    /** Where the filter leaves the allowed viewer for the stream's resource. */
    private static final String STREAM_VIEWER = Guard.class.getName() + ".viewer";
    private static final String NOT_FOUND = "not found in the monitor";

    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest request;
    private final Access access;
    private final boolean localLogin;

    Guard(SecurityIdentity identity, CurrentIdentityAssociation identities, CurrentVertxRequest request,
          SecurityConfig config) {
        this.identity = identity;
        this.identities = identities;
        this.request = request;
        this.access = new Access(config.publicNationalPages());
        this.localLogin = config.localLogin().enabled();
    }

    /** The viewer of an API request the rule allows; else a 401 or 403 problem. */
    public Viewer api(Rule rule) {
        return api(rule, NOT_FOUND);
    }

    /**
     * The same for a municipality's or intervention's data; a 404 says {@code notFound}, the text of an unknown one,
     * so that a foreign municipality's existence is not revealed.
     */
    public Viewer api(Rule rule, String notFound) {
        return allowed(viewer(), rule, notFound);
    }

    /** A live stream for the viewer its rule ({@link #STREAMS}) allowed, ending when the viewer's token expires. */
    public <T> Multi<T> stream(Function<Viewer, Multi<T>> stream) {
        Viewer viewer = request.getCurrent().get(STREAM_VIEWER);
        return untilExpiry(viewer, stream.apply(viewer));
    }

    /**
     * Applies a live stream's rule before its resource runs: an event stream's 200 is sent with the stream, too
     * early to refuse, and its resource runs on an I/O thread, where the token is verified without blocking.
     */
    @ServerRequestFilter
    public Uni<Void> beforeStream(UriInfo uri, RoutingContext routing) {
        Rule rule = STREAMS.get(uri.getPath());
        if (rule == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .map(Guard::viewerOf)
                .map(Optional::of)
                .onFailure(AuthenticationFailedException.class).recoverWithItem(Optional.empty())
                .invoke(viewer -> routing.put(STREAM_VIEWER, allowed(viewer, rule, NOT_FOUND)))
                .replaceWithVoid();
    }

    private Viewer allowed(Optional<Viewer> viewer, Rule rule, String notFound) {
        switch (verdict(viewer, rule)) {
            case ALLOWED:
                return viewer.orElseThrow();
            case UNAUTHENTICATED:
                throw HttpProblem.builder().withStatus(Response.Status.UNAUTHORIZED)
                        .withTitle("Unauthorized")
                        .withDetail("A valid bearer token is required (Authorization header or cookie botoc_token)")
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .build();
            case FORBIDDEN, ELSEWHERE:
                throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN)
                        .withTitle("Forbidden")
                        .withDetail("The token's role may not read this")
                        .build();
            default:
                throw new NotFoundException(notFound);
        }
    }

    /** The same for a page: the viewer and what it may follow, or a login, a redirect or an explanation. */
    public Permissions page(Language lang, Rule rule) {
        return page(lang, rule, Msg::notInMonitor);
    }

    /** The same for a municipality's or intervention's page, whose 404 explains as for an unknown one. */
    public Permissions page(Language lang, Rule rule, Function<Msg, String> notFound) {
        Optional<Viewer> viewer = viewer();
        switch (verdict(viewer, rule)) {
            case ALLOWED:
                return permissions(viewer.orElseThrow());
            case UNAUTHENTICATED:
                throw localLogin ? PageProblem.redirect(LOGIN) : PageProblem.unauthenticated(lang);
            case ELSEWHERE:
                throw PageProblem.redirect(access.home(viewer.orElseThrow()).orElse(LOGIN));
            case FORBIDDEN:
                throw PageProblem.forbidden(lang);
            default:
                throw PageProblem.notFound(lang, notFound);
        }
    }

    /** A token that did not verify is as good as none. */
    private Verdict verdict(Optional<Viewer> viewer, Rule rule) {
        return viewer.map(v -> rule.apply(access, v)).orElse(Verdict.UNAUTHENTICATED);
    }

    /** The stream until the viewer's token expires: a stream outlives no session. */
    private static <T> Multi<T> untilExpiry(Viewer viewer, Multi<T> stream) {
        return viewer.expiry()
                .map(expiry -> Duration.between(Instant.now(), expiry))
                // A token just past its expiry still verifies within the allowed clock skew: its stream ends at once.
                .map(left -> left.compareTo(Duration.ZERO) > 0 ? stream.select().first(left) : Multi.createFrom().<T>empty())
                .orElse(stream);
    }

    /** Where a viewer starts: the national overview or its own municipality. */
    public String home(Viewer viewer) {
        return access.home(viewer).orElse("/");
    }

    /** The viewer of a verified token, nobody without a token, empty for a token that did not verify. */
    private Optional<Viewer> viewer() {
        try {
            return Optional.of(viewerOf(identity));
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
    }

    private static Viewer viewerOf(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Viewer.NOBODY;
        }
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        return new Viewer(token.getSubject(), identity.getRoles(), token.getClaim("cbs"),
                Instant.ofEpochSecond(token.getExpirationTime()));
    }

    private Permissions permissions(Viewer viewer) {
        return new Permissions(access.national(viewer) == Verdict.ALLOWED,
                cbsCode -> access.municipality(viewer, cbsCode) == Verdict.ALLOWED, localLogin && !viewer.anonymous());
    }

}
