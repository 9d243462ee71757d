package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.botoc.monitor.reporting.domain.Overview;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The landelijk overzicht for people: rendered now, then kept current by js/overview.js from the stream. */
@Path("/")
public class OverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview overview, List<ThemeRow> themes);
    }

    private final ScanViewRepository scanViews;

    OverviewPage(ScanViewRepository scanViews) {
        this.scanViews = scanViews;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance overview() {
        Overview overview = Overview.of(scanViews.allScans());
        return Templates.overview(overview, ThemeRow.of(overview));
    }
}
