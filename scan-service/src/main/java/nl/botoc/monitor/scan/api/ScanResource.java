package nl.botoc.monitor.scan.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.scan.domain.Access;
import nl.botoc.monitor.scan.domain.ScanScope;
import nl.botoc.monitor.scan.persistence.InterventionScanEntity;
import nl.botoc.monitor.scan.persistence.ParkedEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.UUID;

/**
 * The current scans, as published on Kafka, and the events held back by a gap in their lifecycle. The ministry and
 * researchers read every scan, a municipality only its own; the gaps are for the ministry.
 */
@Authenticated
@Path("/api/v1/scans")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    /** The most scans one page holds. */
    static final int MAX_PAGE = 500;

    @Inject
    Callers callers;

    @GET
    @Path("/{interventionId}")
    @Operation(summary = "The current scan of one intervention; 404 also when it is another municipality's")
    public InterventionScan scan(@PathParam("interventionId") UUID interventionId) {
        ScanScope scope = callers.scanScope();
        return InterventionScanEntity.<InterventionScanEntity>findByIdOptional(interventionId)
                .filter(stored -> scope.includes(stored.municipality))
                .map(InterventionScanEntity::toScan)
                .orElseThrow(() -> Problems.unknownScan(interventionId));
    }

    @GET
    @Operation(summary = "The current scans, in intervention id order: of one municipality, or of every municipality "
            + "the caller may read when none is named")
    public List<InterventionScan> scans(
            @Parameter(description = "CBS code, e.g. GM0363") @QueryParam("municipality") String municipality,
            @Parameter(description = "The last intervention id of the previous page") @QueryParam("after") UUID after,
            @Parameter(description = "At most this many scans, 1 to 500")
            @QueryParam("limit") @DefaultValue("" + MAX_PAGE) @Min(1) @Max(MAX_PAGE) int limit) {
        if (municipality != null && !Municipalities.isValidCode(municipality)) {
            throw new BadRequestException("municipality must be a CBS code such as GM0363, was " + municipality);
        }
        return callers.scanScope().narrowedTo(municipality)
                .map(scope -> InterventionScanEntity.page(scope.municipality(), after, limit))
                .orElse(List.of())
                .stream()
                .map(InterventionScanEntity::toScan)
                .toList();
    }

    @GET
    @Path("/gaps")
    @Operation(summary = "Events held back until a missing earlier event of their intervention arrives")
    public List<ParkedEventView> gaps() {
        callers.allowedBy(Access::maySeeGaps);
        return ParkedEvent.all().stream()
                .map(parked -> ParkedEventView.of(parked,
                        InterventionScanEntity.lastAppliedSequence(parked.interventionId)))
                .toList();
    }
}
