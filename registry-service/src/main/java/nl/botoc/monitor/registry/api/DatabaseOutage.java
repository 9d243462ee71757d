package nl.botoc.monitor.registry.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells whether a failure came from a lost database: no connection could be had, or the one in use broke. Such a
 * failure is no fault of the request, and the same request may succeed once PostgreSQL is back.
 */
final class DatabaseOutage {

    /** What Agroal says when no connection became free, or could be made, within the acquisition timeout. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    private DatabaseOutage() {
    }

    /** True when {@code failure} or any exception behind it (causes and suppressed) says the database was lost. */
    static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isCause(failure, seen);
    }

    private static boolean isCause(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (saysConnectionLost(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCause(suppressed, seen)) {
                return true;
            }
        }
        return isCause(failure.getCause(), seen);
    }

    private static boolean saysConnectionLost(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException || failure instanceof ConnectException) {
            return true;
        }
        return failure instanceof SQLException sql
                && (isConnectionState(sql.getSQLState()) || POOL_EXHAUSTED.equals(sql.getMessage()));
    }

    /**
     * SQLState class 08 (connection exception), and 57P01-57P03: the server is shutting down or restarting, or
     * terminated this connection.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
