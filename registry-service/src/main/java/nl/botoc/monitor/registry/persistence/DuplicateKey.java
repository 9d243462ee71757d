package nl.botoc.monitor.registry.persistence;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A write refused because its code or event id is taken, possibly by a request that committed a moment earlier. */
public final class DuplicateKey extends RuntimeException {

    /** What was already taken. */
    public enum Key { CODE, EVENT_ID }

    private static final Map<String, Key> BY_CONSTRAINT = Map.of(
            "intervention_code_unique", Key.CODE,
            "intervention_event_pkey", Key.EVENT_ID);

    private final Key key;

    DuplicateKey(Key key, Throwable cause) {
        super(key + " is already taken", cause);
        this.key = key;
    }

    public Key key() {
        return key;
    }

    /** The duplicate key behind a failed write, if that is what made it fail. */
    static Optional<DuplicateKey> behind(PersistenceException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.ofNullable(BY_CONSTRAINT.get(violation.getConstraintName().toLowerCase(Locale.ROOT)))
                        .map(key -> new DuplicateKey(key, failure));
            }
        }
        return Optional.empty();
    }
}
