package nl.botoc.monitor.reporting.api;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import nl.botoc.monitor.reporting.domain.Access;
import nl.botoc.monitor.reporting.domain.Figures;
import nl.botoc.monitor.reporting.domain.Overview;
import nl.botoc.monitor.reporting.domain.Snapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The national overview as JSON or CSV, once, or as a live stream. */
@Path("/api/v1/overview")
@Tag(name = "Overview", description = "National figures of the praktijkscan")
public class OverviewResource {

    /** The SSE event name of the overview stream. */
    static final String EVENT_NAME = "overview";
    static final String STREAM = "/api/v1/overview/stream";

    /** The headline figures in the order of the CSV's rows; {@code added} is empty for the original plan. */
    private static final Map<String, Function<Figures, Integer>> FIGURES = figures();

    private final Snapshots snapshots;
    private final OverviewUpdates updates;
    private final Guard guard;

    OverviewResource(Snapshots snapshots, OverviewUpdates updates, Guard guard) {
        this.snapshots = snapshots;
        this.updates = updates;
        this.guard = guard;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV})
    @Operation(summary = "The overview now, or on a peildatum",
            description = "Counts over the original plan and over all interventions: by status, evidence level, "
                    + "approach and theme, and by municipality, with the evidence-base version and the lifecycle "
                    + "log position they reflect. As CSV (?format=csv or Accept: text/csv): the headline figures, "
                    + "one row each, with peildatum, evidenceVersion and logPosition on every row.")
    public Response overview(@QueryParam("peildatum") @Parameter(description = "yyyy-mm-dd; absent: now")
                             String peildatum,
                             @QueryParam("format") @Parameter(description = "csv or json") String format,
                             @Context HttpHeaders headers, @Context Request request) {
        guard.api(Access::national);
        Optional<LocalDate> day = Peildatum.forApi(peildatum);
        if (day.isEmpty() && !Export.wantsCsv(format, headers)) {
            return current(request);
        }
        Snapshots.Figures figures = snapshots.figuresAt(day);
        return Export.of(format, headers, "overzicht", figures.overview(),
                () -> csv(figures.overview(), figures.snapshot()));
    }

    /** The JSON serialised once per change; a client that holds it already gets 304. */
    private Response current(Request request) {
        Snapshots.Now now = snapshots.now();
        EntityTag tag = new EntityTag(now.overviewTag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(now.overviewJson(), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The overview, live",
            description = "Server-sent events named 'overview' whose data is the overview as JSON: the latest one "
                    + "on connecting, then a new one whenever scans change it, at most one per push interval. "
                    + "Ends when the token expires.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return guard.stream(viewer -> updates.stream().map(update -> sse.newEventBuilder()
                .name(EVENT_NAME)
                .id(Long.toString(update.id()))
                .data(update.json())
                .build()));
    }

    private static String csv(Overview overview, Snapshot snapshot) {
        Csv csv = Csv.withHeader("figure", "originalPlan", "portfolio");
        FIGURES.forEach((figure, value) -> csv.row(figure, value.apply(overview.originalPlan()),
                value.apply(overview.portfolio())));
        return csv.text(snapshot.peildatum(), overview.evidenceVersion(), overview.logPosition());
    }

    private static Map<String, Function<Figures, Integer>> figures() {
        Map<String, Function<Figures, Integer>> figures = new LinkedHashMap<>();
        figures.put("interventions", Figures::interventions);
        figures.put("municipalities", Figures::municipalities);
        figures.put("planned", Figures::planned);
        figures.put("inPractice", Figures::inPractice);
        figures.put("completed", Figures::completed);
        figures.put("notCarriedOut", Figures::notCarriedOut);
        figures.put("adjusted", Figures::adjusted);
        figures.put("added", Figures::added);
        figures.put("founded", Figures::founded);
        figures.put("recognised", Figures::recognised);
        figures.put("unfounded", Figures::unfounded);
        figures.put("exploratory", Figures::exploratory);
        figures.put("preventive", Figures::preventive);
        figures.put("repressive", Figures::repressive);
        return figures;
    }
}
