package nl.botoc.monitor.scan.domain;

import java.util.Optional;

/**
 * The municipalities whose scans a caller may read: every one, or only its own.
 *
 * @param municipality the one municipality; null for every municipality
 */
public record ScanScope(String municipality) {

    public static final ScanScope EVERY_MUNICIPALITY = new ScanScope(null);

    public static ScanScope only(String municipality) {
        return new ScanScope(municipality);
    }

    public boolean includes(String scanMunicipality) {
        return municipality == null || municipality.equals(scanMunicipality);
    }

    /**
     * What a list asking for {@code requested} (null: every municipality) may show: the scope narrowed to it, or
     * empty when it asks only for scans outside this scope. Another municipality's list is empty, not refused, so
     * that its existence is not revealed.
     */
    public Optional<ScanScope> narrowedTo(String requested) {
        if (requested == null) {
            return Optional.of(this);
        }
        return includes(requested) ? Optional.of(only(requested)) : Optional.empty();
    }
}
