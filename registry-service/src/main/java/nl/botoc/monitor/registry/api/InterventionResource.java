package nl.botoc.monitor.registry.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.DetailsRules;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.InvalidTransition;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import nl.botoc.monitor.registry.persistence.InterventionStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One intervention: its state, and its lifecycle events, to read and to add to. */
@Path(InterventionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interventions")
public class InterventionResource {

    static final String PATH = "/api/v1/interventions";

    @Inject
    InterventionStore store;

    @Inject
    ChangeRecorder recorder;

    @Inject
    KnownCodes knownCodes;

    @GET
    @Path("/{id}")
    @Operation(summary = "The intervention's current state; its ETag is the version")
    public Response state(@PathParam("id") UUID id) {
        Intervention intervention = store.find(id).orElseThrow(() -> Problems.unknownIntervention(id));
        return Response.ok(InterventionState.of(intervention)).tag(ETags.of(intervention.version())).build();
    }

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Records that the intervention started, was adjusted, cancelled or completed",
            description = "Requires If-Match with the version the event follows. A retry with the same eventId "
                    + "is answered as the first request was. Codes in the changes of an adjustment must be "
                    + "defined by the newest evidence base registry has read.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the event, ETag the new version")
    @APIResponse(responseCode = "400", description = "A field breaks a rule or names an unknown code")
    @APIResponse(responseCode = "503", description = "Codes were given before any evidence base was known")
    public Response record(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RecordEventRequest request) {
        Intervention current = store.findForChange(id).orElseThrow(() -> Problems.unknownIntervention(id));
        LifecycleCommand command = request.toCommand();
        // A retry carries the version it was first sent with, so it is recognised before If-Match is checked.
        return recorder.answerRetry(command, earlier -> earlier.interventionId().equals(id))
                .orElseGet(() -> {
                    knownCodes.require("changes", request.changes());
                    return recorder.record(decide(current, request, command, ifMatch));
                });
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The intervention's events as published, in sequence order")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LifecycleEvent.class)))
    public String history(@PathParam("id") UUID id) {
        List<String> envelopes = store.envelopes(id);
        if (envelopes.isEmpty()) {
            throw Problems.unknownIntervention(id);
        }
        // The stored envelopes are the exact text on the topic; they are joined, not parsed and written again.
        return "[" + String.join(",", envelopes) + "]";
    }

    @GET
    @Path("/{id}/events/{sequence}")
    @Operation(summary = "One event of the intervention, as published")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LifecycleEvent.class)))
    public String event(@PathParam("id") UUID id, @PathParam("sequence") long sequence) {
        return store.envelope(id, sequence).orElseThrow(() -> Problems.unknownEvent(id, sequence));
    }

    private Change decide(Intervention current, RecordEventRequest request, LifecycleCommand command,
                          String ifMatch) {
        ETags.requireMatch(ifMatch, current.version());
        Change change;
        try {
            change = current.handle(command, recorder.now());
        } catch (InvalidTransition refusal) {
            throw Problems.invalidTransition(refusal);
        }
        // Only an event the lifecycle allows gets its content judged: adjusting a completed one is a 409 regardless.
        requirePrimaryThemeKept(current, request.changes());
        return change;
    }

    /** Whether the primary theme is among the themes depends on both the changes and what they change. */
    private static void requirePrimaryThemeKept(Intervention current, InterventionDetails changes) {
        if (changes != null) {
            Map<String, String> broken = DetailsRules.primaryThemeBrokenBy("changes", current.details(), changes);
            if (!broken.isEmpty()) {
                throw Problems.brokenRules(broken);
            }
        }
    }
}
