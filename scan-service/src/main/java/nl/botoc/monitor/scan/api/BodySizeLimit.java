package nl.botoc.monitor.scan.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json. Quarkus checks the same limit in a route of order -2 but answers with an empty body; this route runs
 * just before it. A body sent without Content-Length is cut off by Quarkus's own check while it is read.
 */
@ApplicationScoped
class BodySizeLimit {

    private static final int CONTENT_TOO_LARGE = 413;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Router router) {
        router.route().order(-3).handler(this::refuseWhenTooLarge);
    }

    private void refuseWhenTooLarge(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !tooLarge(declared)) {
            context.next();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("status", CONTENT_TOO_LARGE)
                .put("title", "Content Too Large")
                .put("detail", "The body may be at most " + limit.asLongValue() + " bytes.")
                .put("instance", context.request().path());
        context.response()
                .setStatusCode(CONTENT_TOO_LARGE)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit.asLongValue();
        } catch (NumberFormatException notANumber) {
            // Not ours to judge: Quarkus and Vert.x refuse a malformed Content-Length themselves.
            return false;
        }
    }
}
