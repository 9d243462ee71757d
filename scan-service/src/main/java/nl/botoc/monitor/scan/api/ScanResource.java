package nl.botoc.monitor.scan.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.scan.persistence.InterventionScanEntity;
import nl.botoc.monitor.scan.persistence.ParkedEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.UUID;

/** The current scans, as published on Kafka, and the events held back by a gap in their lifecycle. */
@Path("/api/v1/scans")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    @GET
    @Path("/{interventionId}")
    @Operation(summary = "The current scan of one intervention")
    public InterventionScan scan(@PathParam("interventionId") UUID interventionId) {
        return InterventionScanEntity.<InterventionScanEntity>findByIdOptional(interventionId)
                .map(InterventionScanEntity::toScan)
                .orElseThrow(() -> new NotFoundException("There is no scan of intervention " + interventionId));
    }

    @GET
    @Operation(summary = "The current scans of one municipality's interventions, or of all when none is named")
    public List<InterventionScan> scans(
            @Parameter(description = "CBS code, e.g. GM0363") @QueryParam("municipality") String municipality) {
        if (municipality != null && !Municipalities.isValidCode(municipality)) {
            throw new BadRequestException("municipality must be a CBS code such as GM0363, was " + municipality);
        }
        return InterventionScanEntity.ofMunicipality(municipality).stream()
                .map(InterventionScanEntity::toScan)
                .toList();
    }

    @GET
    @Path("/gaps")
    @Operation(summary = "Events held back until a missing earlier event of their intervention arrives")
    public List<ParkedEventView> gaps() {
        return ParkedEvent.all().stream()
                .map(parked -> ParkedEventView.of(parked,
                        InterventionScanEntity.lastAppliedSequence(parked.interventionId)))
                .toList();
    }
}
