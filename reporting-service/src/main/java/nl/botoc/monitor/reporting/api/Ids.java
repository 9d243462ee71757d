package nl.botoc.monitor.reporting.api;

import java.util.Optional;
import java.util.UUID;

/** Intervention ids from a path: a UUID, or nothing. */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
