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
import nl.botoc.monitor.reporting.domain.Provenance;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Collections;

/** Monitoring at a glance for the ministry: the shares per municipality and nationally, and what needs attention. */
@Path("/monitoring")
public class MonitoringPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance monitoring(Page page, MonitoringReport report);
    }

    private final Pages pages;
    private final MonitoringReports reports;

    MonitoringPage(Pages pages, MonitoringReports reports) {
        this.pages = pages;
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response monitoring(@BeanParam PageRequest request) {
        Pages.Context context = pages.begin(request, Access::national);
        MonitoringReport report = reports.at(context.peildatum());
        Provenance provenance = new Provenance(report.evidenceVersion(), report.logPosition(),
                Collections.emptySortedMap());
        return pages.render(context, Templates.monitoring(context.page("/monitoring", provenance, "all"), report));
    }
}
