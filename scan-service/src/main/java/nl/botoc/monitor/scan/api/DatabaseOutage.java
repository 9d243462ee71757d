package nl.botoc.monitor.scan.api;

import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by a database out of reach (no connection to be had, or the one in use lost) from any
 * other: the first is no fault of the request and passes, the others are bugs or the request's own fault.
 */
public final class DatabaseOutage {

    /** SQLState class 08: connection exception (refused, broken, closed). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /**
     * admin_shutdown (a terminated backend, a fast shutdown), crash_shutdown, cannot_connect_now (starting up,
     * shutting down) and too_many_connections.
     */
    private static final Set<String> OUT_OF_REACH_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** Agroal's SQLExceptions without SQLState when no connection became free or could be made in time. */
    private static final Set<String> POOL_TIMEOUTS = Set.of("Sorry, acquisition timeout!",
            "Acquisition timeout while waiting for new connection");

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything it wraps or suppressed, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (signalsOutage(current)) {
                return true;
            }
            if (current.getCause() != null) {
                pending.push(current.getCause());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean signalsOutage(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof JDBCConnectionException || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof PSQLException psql && endsTheSession(psql.getServerErrorMessage())) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state == null
                    ? POOL_TIMEOUTS.contains(sql.getMessage())
                    : state.startsWith(CONNECTION_EXCEPTION_CLASS) || OUT_OF_REACH_STATES.contains(state);
        }
        return false;
    }

    /** PostgreSQL ends the session with every FATAL error: the connection is gone or was never had. */
    private static boolean endsTheSession(ServerErrorMessage message) {
        return message != null && "FATAL".equals(message.getSeverity());
    }
}
