package nl.botoc.monitor.reporting.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.reporting.domain.IndicatorSeries;
import nl.botoc.monitor.reporting.domain.InterventionHistory;
import nl.botoc.monitor.reporting.messaging.CurrentEvidence;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One intervention: its scan, its timeline and its classification over time, now or on a peildatum. */
@Path("/api/v1/interventions/{id}")
@Tag(name = "Interventions", description = "One intervention's scan and history as reporting received them")
public class InterventionsResource {

    public record EventsReport(UUID interventionId, LocalDate peildatum, long evidenceVersion, long logPosition,
                               List<TimelineEntry> events, int laterEvents) {
    }

    private final Snapshots snapshots;
    private final CurrentEvidence evidence;
    private final Guard guard;

    InterventionsResource(Snapshots snapshots, CurrentEvidence evidence, Guard guard) {
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.guard = guard;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "One intervention",
            description = "Its scan (rebuilt for the peildatum when one is given), its events and every scan "
                    + "revision with what changed. CSV: the classification over time, one row per revision.")
    public Response intervention(@PathParam("id") String id, @QueryParam("peildatum") String peildatum,
                                 @QueryParam("format") String format, @QueryParam("lang") String lang,
                                 @Context HttpHeaders headers) {
        InterventionReport report = report(id, peildatum, lang);
        return Export.of(format, headers, "interventie-" + report.interventionId(), report,
                report::classificationsCsv);
    }

    @GET
    @Path("/events")
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "One intervention's timeline",
            description = "Its lifecycle events up to the peildatum (all without one), with where each lies in the "
                    + "lifecycle log. CSV: one row per event.")
    public Response events(@PathParam("id") String id, @QueryParam("peildatum") String peildatum,
                           @QueryParam("format") String format, @Context HttpHeaders headers) {
        InterventionReport report = report(id, peildatum, null);
        EventsReport events = new EventsReport(report.interventionId(), report.peildatum(), report.evidenceVersion(),
                report.logPosition(), report.events(), report.laterEvents());
        return Export.of(format, headers, "gebeurtenissen-" + report.interventionId(), events, report::eventsCsv);
    }

    @GET
    @Path("/indicators")
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "One intervention's indicators: targets and measured values",
            description = "Per indicator of its current goals (as of the peildatum): code, name, unit, direction, "
                    + "level, the goal's description, baseline (absent when none), the targets per period and every "
                    + "measured value per period, the latest report for a period winning. CSV: one row per indicator "
                    + "and period.")
    public Response indicators(@PathParam("id") String id, @QueryParam("peildatum") String peildatum,
                               @QueryParam("format") String format, @Context HttpHeaders headers) {
        InterventionHistory history = history(id);
        Optional<LocalDate> day = Peildatum.forApi(peildatum);
        InterventionReport report = InterventionReport.of(history, snapshots.current(history.interventionId()), day,
                Labels.of(evidence.get(), Language.NL));
        IndicatorsReport indicators = new IndicatorsReport(history.interventionId(), day.orElse(null),
                IndicatorSeries.of(history.eventsUntil(day.orElse(LocalDate.MAX))));
        return Export.of(format, headers, "indicatoren-" + history.interventionId(), indicators,
                () -> indicators.csv(report.evidenceVersion(), report.logPosition()));
    }

    private InterventionHistory history(String id) {
        UUID interventionId = Ids.parse(id)
                .orElseThrow(() -> new BadRequestException("id must be an intervention id (a UUID); was '" + id + "'"));
        Optional<InterventionHistory> found = snapshots.history(interventionId);
        // Another municipality's intervention is "not found" like an unknown one: its existence is not revealed.
        guard.api((access, viewer) -> access.intervention(viewer, found.map(InterventionHistory::municipality)),
                "no intervention " + interventionId + " in the monitor");
        return found.orElseThrow();
    }

    private InterventionReport report(String id, String peildatum, String lang) {
        InterventionHistory history = history(id);
        return InterventionReport.of(history, snapshots.current(history.interventionId()), Peildatum.forApi(peildatum),
                Labels.of(evidence.get(), Language.of(lang).orElse(Language.NL)));
    }
}
