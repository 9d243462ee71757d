package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.reporting.domain.Snapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The page of one municipality: its matrix of themes × interventions and its list of interventions. */
@Path("/gemeenten/{cbsCode}")
public class MunicipalityPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance municipality(Page page, MunicipalityReport report, MonitoringReport monitoring);
    }

    private final Pages pages;
    private final Snapshots snapshots;
    private final MonitoringReports monitoring;

    MunicipalityPage(Pages pages, Snapshots snapshots, MonitoringReports monitoring) {
        this.pages = pages;
        this.snapshots = snapshots;
        this.monitoring = monitoring;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response municipality(@PathParam("cbsCode") String cbsCode, @BeanParam PageRequest request) {
        Pages.Context context = pages.begin(request, (access, viewer) -> access.municipality(viewer, cbsCode),
                msg -> msg.unknownMunicipality(cbsCode));
        if (!Municipalities.isValidCode(cbsCode)) {
            throw PageProblem.badRequest(context.lang(), msg -> msg.invalidMunicipality(cbsCode));
        }
        if (!snapshots.knowsMunicipality(cbsCode)) {
            throw PageProblem.notFound(context.lang(), msg -> msg.unknownMunicipality(cbsCode));
        }
        Snapshot snapshot = snapshots.in(cbsCode, context.peildatum());
        MunicipalityReport report = MunicipalityReport.of(cbsCode, snapshot, context.labels());
        return pages.render(context, Templates.municipality(
                context.page("/gemeenten/" + cbsCode, snapshot.provenance(), "municipality:" + cbsCode), report,
                monitoring.at(context.peildatum()).in(cbsCode)));
    }
}
