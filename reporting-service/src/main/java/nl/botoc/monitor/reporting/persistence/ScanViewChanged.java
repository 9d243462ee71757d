package nl.botoc.monitor.reporting.persistence;

import java.util.UUID;

/** Fired inside the transaction that changed an intervention's row, so observers can act once it commits. */
public record ScanViewChanged(UUID interventionId) {
}
