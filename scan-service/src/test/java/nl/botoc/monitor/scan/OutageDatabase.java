package nl.botoc.monitor.scan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;

/**
 * Makes the service lose its database the way an outage does, with the real driver and server: either every
 * connection to the service's database is refused and the open ones are ended ({@link #close}), or only the
 * statements that wait for a lock a test connection holds lose their connection ({@link #terminateBlockedUntil}).
 * Only the service's own test database is touched.
 */
public final class OutageDatabase implements AutoCloseable {

    private final Connection admin;
    private final String database;

    private static final String BLOCKED_BY_HOLDER = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            + "WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))";

    private OutageDatabase(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    /**
     * Closes the database of {@code jdbcUrl} to new connections and ends every open one (pg_terminate_backend), from
     * a connection to the server's postgres database; {@link #close()} opens it again.
     */
    public static OutageDatabase close(String jdbcUrl, String user, String password) throws SQLException {
        int slash = jdbcUrl.lastIndexOf('/');
        String database = jdbcUrl.substring(slash + 1).replaceFirst("\\?.*", "");
        Connection admin = DriverManager.getConnection(jdbcUrl.substring(0, slash) + "/postgres", user, password);
        OutageDatabase outage = new OutageDatabase(admin, database);
        outage.allowConnections(false);
        try (PreparedStatement terminate = admin.prepareStatement("SELECT count(pg_terminate_backend(pid)) "
                + "FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            terminate.executeQuery().close();
        }
        return outage;
    }

    /** Opens the database to connections again. */
    @Override
    public void close() throws SQLException {
        try {
            allowConnections(true);
        } finally {
            admin.close();
        }
    }

    private void allowConnections(boolean allowed) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS " + allowed);
        }
    }

    /**
     * Terminates every backend that waits for a lock {@code holder} holds, again and again, until {@code until}
     * is done; fails when it is not done within {@code timeout}. Returns how many backends were terminated.
     */
    public static int terminateBlockedUntil(Connection holder, Future<?> until, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        int terminated = 0;
        while (!until.isDone()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not done after " + timeout + "; terminated " + terminated);
            }
            terminated += terminateBlocked(holder);
            pause();
        }
        return terminated;
    }

    /** Terminates every backend that waits for a lock {@code holder} holds, for {@code period}. */
    public static int terminateBlockedFor(Connection holder, Duration period) throws SQLException {
        Instant end = Instant.now().plus(period);
        int terminated = 0;
        while (Instant.now().isBefore(end)) {
            terminated += terminateBlocked(holder);
            pause();
        }
        return terminated;
    }

    private static int terminateBlocked(Connection holder) throws SQLException {
        try (Statement statement = holder.createStatement()) {
            // The holder is inside its transaction, where PostgreSQL would otherwise show pg_stat_activity as it was at
            // the first look: a request that began to wait after that would never be seen.
            statement.execute("SELECT pg_stat_clear_snapshot()");
        }
        try (Statement statement = holder.createStatement(); ResultSet count = statement.executeQuery(BLOCKED_BY_HOLDER)) {
            count.next();
            return count.getInt(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
