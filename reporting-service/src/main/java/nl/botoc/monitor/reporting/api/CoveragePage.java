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
import nl.botoc.monitor.reporting.domain.Coverage;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.messaging.CurrentEvidence;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Dekking: which founded risk factors and protective factors the interventions in practice work on, and the gaps. */
@Path("/dekking")
public class CoveragePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(Page page, CoverageReport report);
    }

    private final Pages pages;
    private final Snapshots snapshots;
    private final CurrentEvidence evidence;

    CoveragePage(Pages pages, Snapshots snapshots, CurrentEvidence evidence) {
        this.pages = pages;
        this.snapshots = snapshots;
        this.evidence = evidence;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response coverage(@BeanParam PageRequest request) {
        Pages.Context context = pages.begin(request, Access::national);
        Snapshot snapshot = snapshots.at(context.peildatum());
        CoverageReport report = CoverageReport.of(snapshot,
                Coverage.of(snapshot.scans(), evidence.get().orElse(null)), context.labels());
        return pages.render(context, Templates.coverage(context.page("/dekking", snapshot.provenance(), "all"),
                report));
    }
}
