package nl.botoc.monitor.reporting.persistence;

import java.util.UUID;

/**
 * Fired inside the transaction that changed what the dashboards read, so observers can act once it commits.
 * Names the intervention and municipality whose pages changed; both null when every page may have changed
 * (a new evidence base relabels and recounts them all).
 */
public record ReadModelChanged(UUID interventionId, String municipality) {

    public static ReadModelChanged everything() {
        return new ReadModelChanged(null, null);
    }

    public boolean concernsEverything() {
        return interventionId == null && municipality == null;
    }
}
