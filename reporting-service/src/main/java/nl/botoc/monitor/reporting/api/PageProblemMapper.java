package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.reporting.domain.Provenance;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Collections;

/** Renders a {@link PageProblem} as an HTML page in the site's frame (or a redirect), not as the API's problem+json. */
public class PageProblemMapper {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(Page page, String heading, String explanation);
    }

    @ServerExceptionMapper
    public Response map(PageProblem problem) {
        if (problem.location() != null) {
            return Response.seeOther(URI.create(problem.location())).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        Msg msg = Messages.in(problem.language());
        Page page = new Page(problem.language(), "/", null, new Provenance(0, 0, Collections.emptySortedMap()), 0,
                "none", 0, Permissions.NONE);
        Response.ResponseBuilder response = Response.status(problem.status())
                .entity(Templates.error(page, problem.heading(msg), problem.explanation(msg))
                        .setLocale(problem.language().code()))
                .type("text/html;charset=UTF-8");
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }
}
