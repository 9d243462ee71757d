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
import nl.botoc.monitor.reporting.domain.InterventionHistory;
import nl.botoc.monitor.reporting.domain.Provenance;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

/** The page of one intervention: its current scan explained, its events on a timeline, its classification over time. */
@Path("/interventies/{id}")
public class InterventionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance intervention(Page page, InterventionReport report, GoalsSection goals);
    }

    private final Pages pages;
    private final Snapshots snapshots;

    InterventionPage(Pages pages, Snapshots snapshots) {
        this.pages = pages;
        this.snapshots = snapshots;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response intervention(@PathParam("id") String id, @BeanParam PageRequest request) {
        UUID interventionId = Ids.parse(id)
                .orElseThrow(() -> PageProblem.badRequest(request.language(), msg -> msg.invalidIntervention(id)));
        Optional<InterventionHistory> found = snapshots.history(interventionId);
        Pages.Context context = pages.begin(request,
                (access, viewer) -> access.intervention(viewer, found.map(InterventionHistory::municipality)),
                msg -> msg.unknownIntervention(id));
        InterventionHistory history = found.orElseThrow();
        InterventionReport report = InterventionReport.of(history, snapshots.current(interventionId),
                context.peildatum(), context.labels());
        Provenance provenance = new Provenance(report.evidenceVersion(), report.logPosition(),
                Collections.emptySortedMap());
        GoalsSection goals = GoalsSection.of(history.eventsUntil(context.peildatum().orElse(LocalDate.MAX)),
                report.scan(), MonitoringReports.dayOf(context.peildatum()), context.lang());
        return pages.render(context, Templates.intervention(
                context.page("/interventies/" + interventionId, provenance, "intervention:" + interventionId),
                report, goals));
    }
}
