package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.reporting.domain.Access;
import nl.botoc.monitor.reporting.domain.Provenance;
import nl.botoc.monitor.reporting.messaging.CurrentEvidence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** What every page does before and after its own part: fix language, peildatum and labels; render in that language. */
@ApplicationScoped
public class Pages {

    private static final int A_YEAR = 365 * 24 * 3600;

    /** One page request under way. */
    public record Context(Language lang, Optional<LocalDate> peildatum, Labels labels, long changeId,
                          boolean choosesLanguage, Permissions permissions) {

        public Page page(String path, Provenance provenance, String liveScope) {
            return new Page(lang, path, peildatum.orElse(null), provenance, labels.evidenceBaseVersion(), liveScope,
                    changeId, permissions);
        }

        public Msg msg() {
            return Messages.in(lang);
        }
    }

    private final PageUpdates updates;
    private final CurrentEvidence evidence;
    private final Guard guard;

    Pages(PageUpdates updates, CurrentEvidence evidence, Guard guard) {
        this.updates = updates;
        this.evidence = evidence;
        this.guard = guard;
    }

    /** A national page: the viewer may read the national figures ({@link Access#national} or the like). */
    public Context begin(PageRequest request, Guard.Rule rule) {
        return begin(request, guard.page(request.language(), rule));
    }

    /** A municipality's or intervention's page, whose 404 explains as for an unknown one. */
    public Context begin(PageRequest request, Guard.Rule rule, Function<Msg, String> notFound) {
        return begin(request, guard.page(request.language(), rule, notFound));
    }

    private Context begin(PageRequest request, Permissions permissions) {
        // Before anything is read: a change after this is pushed with a higher id, and the page will fetch it.
        long changeId = updates.latestId();
        Language lang = request.language();
        return new Context(lang, request.peildatum(), Labels.of(evidence.get(), lang), changeId,
                request.choosesLanguage(), permissions);
    }

    public Response render(Context context, TemplateInstance template) {
        Response.ResponseBuilder response = Response.ok(template.setLocale(context.lang().code()))
                .type("text/html;charset=UTF-8")
                // A live page is never served from a cache: its figures are those of this moment.
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (context.choosesLanguage()) {
            response.cookie(new NewCookie.Builder(PageRequest.LANGUAGE).value(context.lang().code()).path("/")
                    .maxAge(A_YEAR).sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }
}
