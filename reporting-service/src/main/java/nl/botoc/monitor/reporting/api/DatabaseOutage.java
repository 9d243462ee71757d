package nl.botoc.monitor.reporting.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Whether a failure means that no connection to PostgreSQL could be had or kept (the server is down, restarting or
 * refusing, or the pool waited in vain), not that the statement itself was wrong. Looks only at the exception and
 * its causes.
 */
public final class DatabaseOutage {

    /* Class 08 (connection exception) besides these: the server shuts down or starts, or takes no more connections. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /* Agroal's own failures carry no SQLState: the pool waited its acquisition timeout for a connection in vain. */
    private static final List<String> POOL_TIMEOUTS = List.of("Sorry, acquisition timeout!",
            "Acquisition timeout while waiting for new connection");

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isLostConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLostConnection(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(failure instanceof SQLException)) {
            return false;
        }
        String state = ((SQLException) failure).getSQLState();
        if (state == null) {
            String message = String.valueOf(failure.getMessage());
            return POOL_TIMEOUTS.stream().anyMatch(message::startsWith);
        }
        return state.startsWith("08") || STATES.contains(state);
    }
}
