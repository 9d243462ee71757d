package nl.botoc.monitor.scan.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriBuilder;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;
import nl.botoc.monitor.scan.domain.Access;
import nl.botoc.monitor.scan.domain.EvidenceRevision.InvalidEvidenceChange;
import nl.botoc.monitor.scan.domain.Reclassification;
import nl.botoc.monitor.scan.persistence.EvidencePreviews;
import nl.botoc.monitor.scan.persistence.EvidenceRevisions;
import nl.botoc.monitor.scan.persistence.EvidenceStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.function.Supplier;

/**
 * The evidence base (kennissynthese): every version, for any role, and changes that make the next one, only by a
 * researcher. A change re-derives every scan under the new version; a preview shows what a change would do without
 * making it.
 */
@Authenticated
@Path("/api/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceRevisions revisions;

    @Inject
    EvidencePreviews previews;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "The current evidence base; its ETag is the version")
    public Response current() {
        callers.allowedBy(Access::mayReadEvidence);
        return withTag(store.current());
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version of the evidence base, oldest first, with the change that made it")
    public List<EvidenceVersionView> versions() {
        callers.allowedBy(Access::mayReadEvidence);
        return store.history().stream().map(EvidenceVersionView::of).toList();
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "The evidence base at one version")
    public Response version(@PathParam("version") long version) {
        callers.allowedBy(Access::mayReadEvidence);
        return withTag(store.version(version).orElseThrow(() -> Problems.unknownVersion(version)));
    }

    @POST
    @Path("/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the evidence base: the change makes the next version, under which every scan is "
            + "re-derived and published")
    @APIResponse(responseCode = "201", description = "Stored; Location is the new version, ETag its number")
    @APIResponse(responseCode = "400", description = "The change does not fit; the problem names the field")
    @APIResponse(responseCode = "403", description = "Only a researcher changes the evidence base")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    public Response change(EvidenceChange change,
                           @Parameter(description = "The version the change follows, e.g. \"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        // The actor is the token's subject, never something the request says about itself.
        String actor = callers.allowedBy(Access::mayChangeEvidence).subject();
        EvidenceChanged changed = refusingInvalid(() -> {
            try {
                return revisions.revise(present(change), ETags.expectedVersion(ifMatch), actor);
            } catch (EvidenceRevisions.StaleVersion stale) {
                throw Problems.staleVersion(stale.currentVersion());
            }
        });
        return Response.created(UriBuilder.fromResource(EvidenceResource.class)
                        .path("versions/{version}").build(changed.version()))
                .tag(ETags.of(changed.version()))
                .entity(new EvidenceChangeCreated(changed.version(), changed.change()))
                .build();
    }

    @POST
    @Path("/previews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a change would do to the scans, without making it: stores and publishes nothing")
    @APIResponse(responseCode = "403", description = "Only a researcher previews changes to the evidence base")
    public Reclassification.Preview preview(EvidenceChange change) {
        callers.allowedBy(Access::mayChangeEvidence);
        return refusingInvalid(() -> previews.preview(present(change)));
    }

    private static Response withTag(EvidenceBase evidence) {
        return Response.ok(evidence).tag(ETags.of(evidence.version())).build();
    }

    private static EvidenceChange present(EvidenceChange change) {
        if (change == null) {
            throw Problems.missingChange();
        }
        return change;
    }

    private static <T> T refusingInvalid(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidEvidenceChange refusal) {
            throw Problems.invalidChange(refusal);
        }
    }
}
