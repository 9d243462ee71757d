package nl.botoc.monitor.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import nl.botoc.monitor.reporting.domain.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Monitoring quality and the interventions that need attention: nationally at {@code /api/v1/monitoring}, and for
 * one municipality at {@code /api/v1/municipalities/{cbsCode}/monitoring} (MunicipalitiesResource hands out an
 * instance for it), where the national figures stay to compare with.
 */
@Path("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "Measurable goals, recent progress reports and what needs attention")
public class MonitoringResource {

    private final MonitoringReports reports;
    /** The municipality whose figures and attention list are given; null for all. */
    private final String cbsCode;
    private final Guard guard;

    @Inject
    MonitoringResource(MonitoringReports reports, Guard guard) {
        this(reports, null, guard);
    }

    MonitoringResource(MonitoringReports reports, String cbsCode, Guard guard) {
        this.reports = reports;
        this.cbsCode = cbsCode;
        this.guard = guard;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "Monitoring quality, nationally and per municipality",
            description = "Both shares count over the interventions in practice whose monitoring the scan has "
                    + "assessed (denominator); notAssessed counts those in practice without an assessment yet. "
                    + "withMeasurableGoals: a goal at output level with a unit and a target. withRecentReport: "
                    + "reported at least once and not quiet on the peildatum (or today); quiet is "
                    + MonitoringQuality.QUIET_AFTER_DAYS + " days without a report. Shares are fractions to four "
                    + "decimals, absent when the denominator is 0. attention: every planned or running intervention "
                    + "with a reason (codes no-measurable-output-goal, no-target-group, quiet, lowered-targets, "
                    + "impact-goals-only; texts in Dutch). Under /municipalities/{cbsCode}: only that municipality "
                    + "in municipalities and attention. CSV: the figures, the national row first.")
    public Response monitoring(@QueryParam("peildatum") String peildatum, @QueryParam("format") String format,
                               @Context HttpHeaders headers) {
        MonitoringReport report = report(peildatum);
        return Export.of(format, headers, named("monitoring"), report, report::figuresCsv);
    }

    @GET
    @Path("/attention")
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "The interventions that need attention",
            description = "The same report as the monitoring above; its CSV is the attention list, one row per "
                    + "reason.")
    public Response attention(@QueryParam("peildatum") String peildatum, @QueryParam("format") String format,
                              @Context HttpHeaders headers) {
        MonitoringReport report = report(peildatum);
        return Export.of(format, headers, named("aandacht"), report, report::attentionCsv);
    }

    private MonitoringReport report(String peildatum) {
        guard.api(cbsCode == null ? Access::national : (access, viewer) -> access.municipality(viewer, cbsCode),
                MunicipalitiesResource.notFound(cbsCode));
        MonitoringReport all = reports.at(Peildatum.forApi(peildatum));
        return cbsCode == null ? all : all.in(cbsCode);
    }

    private String named(String export) {
        return cbsCode == null ? export : export + "-" + cbsCode;
    }
}
