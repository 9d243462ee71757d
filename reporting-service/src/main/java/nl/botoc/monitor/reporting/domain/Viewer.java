package nl.botoc.monitor.reporting.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads a page or an export: the subject, roles and CBS code of a verified token, or nobody (no token).
 *
 * @param cbsCode   the municipality a {@code municipality} token speaks for (claim {@code cbs}); null otherwise
 * @param expiresAt when the token stops being valid; null for nobody
 */
public record Viewer(String subject, Set<String> roles, String cbsCode, Instant expiresAt) {

    public static final String MUNICIPALITY = "municipality";
    public static final String MINISTRY = "ministry";
    public static final String RESEARCHER = "researcher";

    /** A request without a token. */
    public static final Viewer NOBODY = new Viewer(null, Set.of(), null, null);

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean anonymous() {
        return subject == null;
    }

    /** The ministry and the researchers read every municipality's figures. */
    public boolean readsEverything() {
        return roles.contains(MINISTRY) || roles.contains(RESEARCHER);
    }

    /** The municipality this viewer speaks for: a municipality role and a CBS code both. */
    public Optional<String> municipality() {
        return roles.contains(MUNICIPALITY) && cbsCode != null ? Optional.of(cbsCode) : Optional.empty();
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }
}
