package nl.botoc.monitor.registry.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import nl.botoc.monitor.registry.persistence.InterventionStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The interventions of one municipality: register a new one, list them all. */
@Path("/api/v1/municipalities/{cbsCode}/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interventions")
@Authenticated
public class MunicipalityInterventionsResource {

    /** The most interventions one list answers with. */
    static final int MAX_LIMIT = 500;

    @Inject
    InterventionStore store;

    @Inject
    ChangeRecorder recorder;

    @Inject
    KnownCodes knownCodes;

    @Inject
    Access access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Registers an intervention, planned in the original plan or added later",
            description = "A retry with the same eventId is answered as the first request was. Theme, factor and "
                    + "method codes must be defined by the newest evidence base registry has read. Measurable goals "
                    + "(details.measurableGoals) each have a level and an indicator with code, name, unit and "
                    + "direction; indicator codes are unique within the intervention.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the intervention, ETag its version")
    @APIResponse(responseCode = "400", description = "A field breaks a rule or names an unknown code")
    @APIResponse(responseCode = "403", description = "The token is not this municipality's")
    @APIResponse(responseCode = "503", description = "Codes were given before any evidence base was known")
    public Response register(@PathParam("cbsCode") @CbsCode String cbsCode,
                             @Valid @NotNull RegisterInterventionRequest request) {
        access.requireRegistering(cbsCode);
        LifecycleCommand command = request.toCommand(access.actor());
        // A retry was checked when first sent, so it is answered even while the evidence base is unknown.
        return recorder.answerRetry(command, earlier -> earlier.municipality().equals(cbsCode), InterventionState::of)
                .orElseGet(() -> {
                    knownCodes.require("details", request.details());
                    return recorder.record(Intervention.register(UUID.randomUUID(), cbsCode, command,
                            recorder.now()), InterventionState::of);
                });
    }

    @GET
    @Operation(summary = "The municipality's interventions, in the order they were registered, a page at a time",
            description = "For the municipality itself and the ministry.")
    @APIResponse(responseCode = "403", description = "The token is neither this municipality's nor the ministry's")
    public List<InterventionState> list(@PathParam("cbsCode") @CbsCode String cbsCode,
                                        @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                        @QueryParam("limit") @DefaultValue("" + MAX_LIMIT) @Min(1) @Max(MAX_LIMIT)
                                        int limit) {
        access.requireListing(cbsCode);
        return store.ofMunicipality(cbsCode, offset, limit).stream().map(InterventionState::of).toList();
    }
}
