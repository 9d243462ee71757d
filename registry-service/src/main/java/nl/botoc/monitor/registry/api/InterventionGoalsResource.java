package nl.botoc.monitor.registry.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import nl.botoc.monitor.registry.persistence.InterventionStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An intervention's measurable goals: per level, with the indicator and targets that progress is reported on. */
@Path(InterventionResource.PATH + "/{id}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interventions")
@Authenticated
public class InterventionGoalsResource {

    private static final String EXAMPLE = """
            {"occurred":{"date":"2021-01-01","precision":"month"},"reason":"Doelen voor 2021 vastgesteld.",
             "measurableGoals":[{"level":"output","description":"Jongeren uit de doelgroep worden begeleid.",
              "indicator":{"code":"begeleide-jongeren","name":"Aantal begeleide jongeren","unit":"jongeren",
               "direction":"higher-is-better","baseline":{"value":0,"date":"2020-09-01"},
               "targets":[{"period":{"start":"2021-01-01","end":"2021-12-31"},"value":60}],
               "measurement":"Registratie van het jongerenwerk, per kwartaal geteld."}}]}""";

    @Inject
    InterventionStore store;

    @Inject
    ChangeRecorder recorder;

    @Inject
    Access access;

    @GET
    @Operation(summary = "The intervention's measurable goals; its ETag is the intervention's version")
    @APIResponse(responseCode = "200", description = "The goals, [] when none are set")
    @APIResponse(responseCode = "404", description = "There is no such intervention")
    public Response goals(@PathParam("id") UUID id) {
        return current(access.readable(id, store.find(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Sets the intervention's measurable goals, replacing the whole list",
            description = "Records an adjusted event whose changes hold only measurableGoals, so earlier targets "
                    + "stay in the event history. Goals equal to the current ones record nothing. Requires If-Match "
                    + "with the current version; a retry with the same eventId is answered as the first request was.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SetGoalsRequest.class),
            examples = @ExampleObject(name = "one output goal", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The goals were these already; nothing was recorded")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the adjusted event, ETag the new version")
    @APIResponse(responseCode = "400", description = "A goal breaks a rule, e.g. measurableGoals[0].indicator.unit")
    @APIResponse(responseCode = "403", description = "The token is not a municipality's")
    @APIResponse(responseCode = "404", description = "There is no such intervention of the token's municipality")
    @APIResponse(responseCode = "409", description = "The intervention has ended and cannot be adjusted")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response setGoals(@PathParam("id") UUID id,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull SetGoalsRequest request) {
        Intervention current = access.changeable(id, store.findForChange(id));
        LifecycleCommand command = request.toCommand(access.actor());
        return recorder.answerRetry(command, earlier -> earlier.interventionId().equals(id), InterventionGoals::of)
                .orElseGet(() -> {
                    ETags.requireMatch(ifMatch, current.version());
                    if (current.hasGoals(request.measurableGoals())) {
                        return current(current);
                    }
                    return recorder.record(recorder.decide(current, command), InterventionGoals::of);
                });
    }

    private static Response current(Intervention intervention) {
        return Response.ok(InterventionGoals.of(intervention)).tag(ETags.of(intervention.version())).build();
    }
}
