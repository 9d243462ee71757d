package nl.botoc.monitor.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before it is read.
 * Vert.x refuses it just after this route, but with an empty body; this one speaks RFC 9457 like every other error.
 */
@ApplicationScoped
class BodyLimitRoute {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes Router router, ObjectMapper json) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null && Long.parseLong(length) > limit.asLongValue()) {
                refuse(context, json);
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context, ObjectMapper json) {
        HttpResponseStatus status = HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;
        Map<String, Object> problem = Map.of("status", status.code(), "title", status.reasonPhrase(),
                "detail", "The body may be at most " + limit.asLongValue() / 1024 + " KiB.",
                "instance", context.request().path());
        try {
            context.response().setStatusCode(status.code())
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    // The body was not read, so the connection cannot carry another request.
                    .putHeader(HttpHeaderNames.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
