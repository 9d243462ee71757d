package nl.botoc.monitor.registry.api;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.config.RateLimitConfig;
import nl.botoc.monitor.registry.domain.TokenBucket;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each client a {@link TokenBucket} of requests and answers 429 with Retry-After when it is empty. The client is
 * the verified token's subject, else the remote address, so that a forged or failing token cannot spend another's
 * allowance, and floods without a valid token are limited too. Runs before matching, so before any other work.
 */
@ApplicationScoped
class RateLimitFilter {

    @Inject
    RateLimitConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    Uni<Void> limit(HttpServerRequest request) {
        return identities.getDeferredIdentity()
                .onItemOrFailure().transform((identity, failure) -> clientOf(identity, failure, request))
                .invoke(client -> {
                    Duration wait = buckets.computeIfAbsent(client, ignored -> newBucket()).take(Instant.now());
                    if (!wait.isZero()) {
                        throw Problems.tooManyRequests(wait);
                    }
                })
                .replaceWithVoid();
    }

    /** A full bucket is what a client without one gets, so forgetting full ones keeps the map to active clients. */
    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        Instant now = Instant.now();
        buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }

    private TokenBucket newBucket() {
        return new TokenBucket(config.burst(), config.requestsPerSecond(), Instant.now());
    }

    private static String clientOf(SecurityIdentity identity, Throwable failure, HttpServerRequest request) {
        if (failure == null && identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return "subject " + token.getSubject();
        }
        return "address " + request.remoteAddress().hostAddress();
    }
}
