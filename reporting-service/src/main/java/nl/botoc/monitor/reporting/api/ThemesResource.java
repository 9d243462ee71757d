package nl.botoc.monitor.reporting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.reporting.domain.Access;
import nl.botoc.monitor.reporting.domain.Overview;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.messaging.CurrentEvidence;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Interventions per theme, as the national page's chart and table show them. */
@Path("/api/v1/themes")
@Tag(name = "Overview")
public class ThemesResource {

    public record ThemesReport(LocalDate peildatum, long evidenceVersion, long logPosition, List<ThemeRow> themes) {
    }

    private final Snapshots snapshots;
    private final CurrentEvidence evidence;
    private final Guard guard;

    ThemesResource(Snapshots snapshots, CurrentEvidence evidence, Guard guard) {
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.guard = guard;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "Interventions per theme",
            description = "Every theme of the evidence base in the report's order, with its label (?lang=en for "
                    + "English) and how many interventions of the original plan and of all touch it.")
    public Response themes(@QueryParam("peildatum") String peildatum, @QueryParam("format") String format,
                           @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        guard.api(Access::national);
        Snapshot snapshot = snapshots.at(Peildatum.forApi(peildatum));
        Overview overview = Overview.of(snapshot.scans());
        ThemesReport report = new ThemesReport(snapshot.peildatum(), overview.evidenceVersion(),
                overview.logPosition(),
                ThemeRow.of(overview, Labels.of(evidence.get(), Language.of(lang).orElse(Language.NL))));
        return Export.of(format, headers, "themas", report, () -> csv(report));
    }

    private static String csv(ThemesReport report) {
        Csv csv = Csv.withHeader("theme", "label", "originalPlan", "portfolio");
        report.themes().forEach(row -> csv.row(row.code(), row.label(), row.originalPlan(), row.portfolio()));
        return csv.text(report.peildatum(), report.evidenceVersion(), report.logPosition());
    }
}
