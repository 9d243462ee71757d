package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.reporting.domain.Access;
import nl.botoc.monitor.reporting.domain.Overview;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The landelijk overzicht: headline figures, interventions per theme as a chart and a table, and per municipality. */
@Path("/")
public class OverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Page page, Overview overview, List<ThemeRow> themes, ThemeChart chart);
    }

    private final Pages pages;
    private final Snapshots snapshots;

    OverviewPage(Pages pages, Snapshots snapshots) {
        this.pages = pages;
        this.snapshots = snapshots;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response overview(@BeanParam PageRequest request) {
        Pages.Context context = pages.begin(request, Access::overviewPage);
        Snapshots.Figures figures = snapshots.figuresAt(context.peildatum());
        List<ThemeRow> themes = ThemeRow.of(figures.overview(), context.labels());
        return pages.render(context, Templates.overview(context.page("/", figures.snapshot().provenance(), "all"),
                figures.overview(), themes, ThemeChart.of(themes)));
    }
}
