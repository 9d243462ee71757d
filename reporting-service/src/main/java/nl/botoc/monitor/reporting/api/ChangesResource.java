package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import nl.botoc.monitor.reporting.domain.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.UncheckedIOException;
import java.util.Optional;

/** What changed, live, for the pages: each one refreshes its changed parts when a change concerns it. */
@Path(ChangesResource.PATH)
@Tag(name = "Overview")
public class ChangesResource {

    /** The SSE event name js/live.js listens for. */
    static final String EVENT_NAME = "changed";
    static final String PATH = "/api/v1/changes/stream";

    private final PageUpdates updates;
    private final ObjectMapper mapper;
    private final Guard guard;

    ChangesResource(PageUpdates updates, ObjectMapper mapper, Guard guard) {
        this.updates = updates;
        this.mapper = mapper;
        this.guard = guard;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Changes, live",
            description = "Server-sent events named 'changed': {id, everything, municipalities, interventions}, "
                    + "the latest on connecting, then one per push interval at most while the read model changes. "
                    + "A municipality hears only of its own municipality and interventions. Ends when the token "
                    + "expires.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return guard.stream(this::seenBy).map(change -> sse.newEventBuilder()
                .name(EVENT_NAME)
                .id(Long.toString(change.id()))
                .data(json(change))
                .build());
    }

    private Multi<PageUpdates.Change> seenBy(Viewer viewer) {
        return updates.stream()
                .map(change -> change.seenBy(viewer))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    private String json(PageUpdates.Change change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
