package nl.botoc.monitor.reporting.api;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import nl.botoc.monitor.reporting.domain.Overview;
import nl.botoc.monitor.reporting.persistence.ScanViewRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national overview as JSON, once or as a live stream. */
@Path("/api/v1/overview")
@Tag(name = "Overview", description = "National figures of the praktijkscan")
public class OverviewResource {

    /** The SSE event name the page listens for. */
    static final String EVENT_NAME = "overview";

    private final ScanViewRepository scanViews;
    private final OverviewUpdates updates;

    OverviewResource(ScanViewRepository scanViews, OverviewUpdates updates) {
        this.scanViews = scanViews;
        this.updates = updates;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The overview now",
            description = "Counts over the original plan and over all interventions: by status, evidence level, "
                    + "approach and theme, and by municipality, with the evidence-base version and the lifecycle "
                    + "log position they reflect.")
    public Overview overview() {
        return Overview.of(scanViews.allScans());
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The overview, live",
            description = "Server-sent events named 'overview' whose data is the overview as JSON: the latest one "
                    + "on connecting, then a new one whenever scans change it, at most one per push interval.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return updates.stream().map(update -> sse.newEventBuilder()
                .name(EVENT_NAME)
                .id(Long.toString(update.id()))
                .data(update.json())
                .build());
    }
}
