package nl.botoc.monitor.reporting.persistence;

import nl.botoc.monitor.contract.InterventionScan;

/**
 * Fired inside the transaction that applied a scan, whether or not it changed the stored row: after a commit whose
 * answer was lost the retried scan changes no row, yet {@link CurrentScans} must still learn of it.
 */
record ScanStored(InterventionScan scan) {
}
