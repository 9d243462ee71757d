package nl.botoc.monitor.reporting.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.reporting.config.IatiConfig;
import nl.botoc.monitor.reporting.domain.Access;
import nl.botoc.monitor.reporting.domain.CodeOrder;
import nl.botoc.monitor.reporting.domain.IatiActivity;
import nl.botoc.monitor.reporting.domain.MunicipalityFigures;
import nl.botoc.monitor.reporting.domain.Provenance;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.messaging.CurrentEvidence;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The municipalities' figures and each municipality's report, as JSON or CSV, now or on a peildatum. */
@Path("/api/v1/municipalities")
@Tag(name = "Municipalities", description = "Per municipality: figures, theme matrix, interventions")
public class MunicipalitiesResource {

    /** The table of municipalities with what it reflects. */
    public record MunicipalitiesReport(LocalDate peildatum, long evidenceVersion, long logPosition,
                                       List<MunicipalityFigures> municipalities) {
    }

    private final Snapshots snapshots;
    private final CurrentEvidence evidence;
    private final MonitoringReports monitoring;
    private final IatiConfig iati;
    private final Guard guard;

    MunicipalitiesResource(Snapshots snapshots, CurrentEvidence evidence, MonitoringReports monitoring,
                           IatiConfig iati, Guard guard) {
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.monitoring = monitoring;
        this.iati = iati;
        this.guard = guard;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "Every municipality's figures",
            description = "Interventions by status, founded and unfounded, per municipality by name. CSV: one row "
                    + "per municipality, with peildatum, evidenceVersion and logPosition on every row.")
    public Response municipalities(@QueryParam("peildatum") String peildatum, @QueryParam("format") String format,
                                   @Context HttpHeaders headers) {
        guard.api(Access::national);
        Snapshot snapshot = snapshots.at(Peildatum.forApi(peildatum));
        Provenance provenance = snapshot.provenance();
        MunicipalitiesReport report = new MunicipalitiesReport(snapshot.peildatum(), provenance.evidenceVersion(),
                provenance.logPosition(), MunicipalityFigures.of(snapshot.scans()));
        return Export.of(format, headers, "gemeenten", report, () -> csv(report));
    }

    @GET
    @Path("/{cbsCode}")
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "One municipality",
            description = "Its figures, its theme × intervention matrix (appendix 2 of the report) and its "
                    + "interventions. CSV: one row per intervention. 400 for a code that is no CBS code, 404 for a "
                    + "municipality without interventions.")
    public Response municipality(@PathParam("cbsCode") String cbsCode, @QueryParam("peildatum") String peildatum,
                                 @QueryParam("format") String format, @QueryParam("lang") String lang,
                                 @Context HttpHeaders headers) {
        requireReadable(cbsCode);
        Snapshot snapshot = snapshots.in(cbsCode, Peildatum.forApi(peildatum));
        MunicipalityReport report = MunicipalityReport.of(cbsCode, snapshot,
                Labels.of(evidence.get(), Language.of(lang).orElse(Language.NL)));
        return Export.of(format, headers, cbsCode, report, report::csv);
    }

    /** The monitoring exports of one municipality: see MonitoringResource. */
    @Path("/{cbsCode}/monitoring")
    public MonitoringResource monitoring(@PathParam("cbsCode") String cbsCode) {
        requireReadable(cbsCode);
        return new MonitoringResource(monitoring, cbsCode, guard);
    }

    @GET
    @Path("/{cbsCode}/iati")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "One municipality's interventions as IATI activities",
            description = "An IATI 2.03 iati-activities document, one iati-activity per intervention registered by "
                    + "the peildatum (all now): status, dates, and a result per goal with its indicator, baseline, "
                    + "targets and measured values per period. The mapping: docs/iati-mapping.md. 404 when the "
                    + "municipality had no interventions on the peildatum.")
    public Response iati(@PathParam("cbsCode") String cbsCode, @QueryParam("peildatum") String peildatum) {
        requireReadable(cbsCode);
        List<IatiActivity> activities = snapshots.eventsOn(cbsCode, Peildatum.forApi(peildatum)).entrySet().stream()
                .map(entry -> IatiActivity.of(entry.getKey(), entry.getValue()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((IatiActivity activity) -> activity.details().code(),
                        Comparator.nullsLast(CodeOrder.CODES)).thenComparing(IatiActivity::interventionId))
                .toList();
        if (activities.isEmpty()) {
            throw new NotFoundException("municipality " + cbsCode + " had no interventions on " + peildatum);
        }
        return Response.ok(IatiXml.write(cbsCode, organisationOf(cbsCode), activities, Instant.now()),
                        MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"iati-" + cbsCode + ".xml\"")
                .build();
    }

    /** The municipality's own IATI organisation identifier where configured, else one made from its CBS code. */
    private String organisationOf(String cbsCode) {
        return iati.organisations().getOrDefault(cbsCode, iati.organisationPrefix() + "-" + cbsCode);
    }

    /**
     * The viewer may read the municipality (another municipality's is "not found" like an unknown one); then 400 for
     * a code that is no CBS code, 404 for a municipality without interventions.
     */
    private void requireReadable(String cbsCode) {
        guard.api((access, viewer) -> access.municipality(viewer, cbsCode), notFound(cbsCode));
        if (!Municipalities.isValidCode(cbsCode)) {
            throw new BadRequestException("cbsCode must be GM followed by four digits, e.g. GM0363; was '"
                    + cbsCode + "'");
        }
        if (!snapshots.knowsMunicipality(cbsCode)) {
            throw new NotFoundException(notFound(cbsCode));
        }
    }

    static String notFound(String cbsCode) {
        return "no municipality " + cbsCode + " in the monitor";
    }

    private static String csv(MunicipalitiesReport report) {
        Csv csv = Csv.withHeader("cbsCode", "name", "interventions", "planned", "started", "completed", "cancelled",
                "founded", "unfounded");
        report.municipalities().forEach(m -> csv.row(m.cbsCode(), m.name(), m.interventions(),
                m.byStatus().planned(), m.byStatus().started(), m.byStatus().completed(), m.byStatus().cancelled(),
                m.founded(), m.unfounded()));
        return csv.text(report.peildatum(), report.evidenceVersion(), report.logPosition());
    }
}
