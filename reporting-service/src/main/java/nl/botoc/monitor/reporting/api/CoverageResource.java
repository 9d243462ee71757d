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
import nl.botoc.monitor.reporting.domain.Coverage;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.messaging.CurrentEvidence;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which founded risk factors and protective factors the interventions in practice work on, per municipality. */
@Path("/api/v1/coverage")
@Tag(name = "Coverage", description = "Factors × municipalities, interventions in practice only")
public class CoverageResource {

    private final Snapshots snapshots;
    private final CurrentEvidence evidence;
    private final Guard guard;

    CoverageResource(Snapshots snapshots, CurrentEvidence evidence, Guard guard) {
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.guard = guard;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "Coverage of the factors",
            description = "Per founded risk factor (changeable ones, then those no intervention can change) and "
                    + "per protective factor: how many interventions in practice work on it in each municipality; "
                    + "gap = none anywhere. CSV: one row per factor, a column per municipality (CBS code).")
    public Response coverage(@QueryParam("peildatum") String peildatum, @QueryParam("format") String format,
                             @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        guard.api(Access::national);
        Snapshot snapshot = snapshots.at(Peildatum.forApi(peildatum));
        CoverageReport report = CoverageReport.of(snapshot,
                Coverage.of(snapshot.scans(), evidence.get().orElse(null)),
                Labels.of(evidence.get(), Language.of(lang).orElse(Language.NL)));
        return Export.of(format, headers, "dekking", report, report::csv);
    }
}
