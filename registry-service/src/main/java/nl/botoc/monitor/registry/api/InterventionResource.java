package nl.botoc.monitor.registry.api;

import io.quarkus.security.Authenticated;
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
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import nl.botoc.monitor.registry.persistence.InterventionStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** One intervention: its state, and its lifecycle events, to read and to add to. */
@Path(InterventionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interventions")
@Authenticated
public class InterventionResource {

    static final String PATH = "/api/v1/interventions";

    @Inject
    InterventionStore store;

    @Inject
    ChangeRecorder recorder;

    @Inject
    KnownCodes knownCodes;

    @Inject
    Access access;

    @GET
    @Path("/{id}")
    @Operation(summary = "The intervention's current state; its ETag is the version",
            description = "For its municipality and the ministry; to another municipality it does not exist.")
    public Response state(@PathParam("id") UUID id) {
        Intervention intervention = access.readable(id, store.find(id));
        return Response.ok(InterventionState.of(intervention)).tag(ETags.of(intervention.version())).build();
    }

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Records that the intervention started, was adjusted, cancelled or completed, or the "
            + "progress it made",
            description = "Requires If-Match with the version the event follows. A retry with the same eventId "
                    + "is answered as the first request was. Codes in the changes of an adjustment must be "
                    + "defined by the newest evidence base registry has read. A progress report may come in any "
                    + "status and changes none; each measurement names an indicator of the current goals, in its "
                    + "unit, over a period that starts no earlier than the registration's date and no later than "
                    + "the report's, and for an ended intervention ends no later than the ending's date.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordEventRequest.class), examples = {
            @ExampleObject(name = "started", value = "{\"type\":\"started\",\"occurred\":{\"date\":\"2021-01-01\","
                    + "\"precision\":\"month\"},\"note\":\"Eerste groep begonnen.\"}"),
            @ExampleObject(name = "progress-reported", value = "{\"type\":\"progress-reported\",\"occurred\":"
                    + "{\"date\":\"2022-01-14\",\"precision\":\"day\"},\"measurements\":[{\"indicator\":"
                    + "\"begeleide-jongeren\",\"period\":{\"start\":\"2021-01-01\",\"end\":\"2021-12-31\"},"
                    + "\"value\":62,\"unit\":\"jongeren\"}],\"note\":\"Doel voor 2021 gehaald.\"}")}))
    @APIResponse(responseCode = "201", description = "Recorded; Location is the event, ETag the new version")
    @APIResponse(responseCode = "400", description = "A field breaks a rule or names an unknown code, indicator "
            + "or unit, e.g. measurements[0].unit")
    @APIResponse(responseCode = "403", description = "The token is not a municipality's")
    @APIResponse(responseCode = "404", description = "There is no such intervention of the token's municipality")
    @APIResponse(responseCode = "409", description = "The lifecycle does not allow the event in the current status")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "Codes were given before any evidence base was known")
    public Response record(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RecordEventRequest request) {
        Intervention current = access.changeable(id, store.findForChange(id));
        LifecycleCommand command = request.toCommand(access.actor());
        // A retry carries the version it was first sent with, so it is recognised before If-Match is checked.
        return recorder.answerRetry(command, earlier -> earlier.interventionId().equals(id), InterventionState::of)
                .orElseGet(() -> {
                    knownCodes.require("changes", request.changes());
                    ETags.requireMatch(ifMatch, current.version());
                    return recorder.record(recorder.decide(current, command), InterventionState::of);
                });
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The intervention's events as published, in sequence order")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LifecycleEvent.class)))
    public String history(@PathParam("id") UUID id) {
        access.readable(id, store.find(id));
        List<String> envelopes = store.envelopes(id);
        // The stored envelopes are the exact text on the topic; they are joined, not parsed and written again.
        return "[" + String.join(",", envelopes) + "]";
    }

    @GET
    @Path("/{id}/events/{sequence}")
    @Operation(summary = "One event of the intervention, as published")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LifecycleEvent.class)))
    public String event(@PathParam("id") UUID id, @PathParam("sequence") long sequence) {
        access.readable(id, store.find(id));
        return store.envelope(id, sequence).orElseThrow(() -> Problems.unknownEvent(id, sequence));
    }
}
