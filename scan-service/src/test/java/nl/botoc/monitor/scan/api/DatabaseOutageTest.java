package nl.botoc.monitor.scan.api;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The failures a lost database throws, as the driver, Agroal, Hibernate and Narayana wrap them, and others. */
class DatabaseOutageTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments("pool found no free connection in time (Agroal)",
                        hibernate(new SQLException("Sorry, acquisition timeout!")), true),
                arguments("pool could not open a connection in time (Agroal)",
                        new SQLException("Acquisition timeout while waiting for new connection", refused()), true),
                arguments("connection refused", refused(), true),
                arguments("refused, as Hibernate reports it",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", refused()), true),
                arguments("connection broken mid-statement", new PSQLException("An I/O error occurred while sending "
                        + "to the backend.", PSQLState.CONNECTION_FAILURE), true),
                arguments("connection already closed", new PSQLException("This connection has been closed.",
                        PSQLState.CONNECTION_DOES_NOT_EXIST), true),
                arguments("backend terminated (pg_terminate_backend, fast shutdown)",
                        hibernate(server("57P01", "terminating connection due to administrator command")), true),
                arguments("server crashed", server("57P02", "terminating connection because of crash of another "
                        + "server process"), true),
                arguments("server starting up", server("57P03", "the database system is starting up"), true),
                arguments("too many connections", server("53300", "sorry, too many clients already"), true),
                arguments("database closed to connections (ALLOW_CONNECTIONS false)", server("55000",
                        "database \"scan\" is not currently accepting connections"), true),
                arguments("transient connection failure (JDBC)", new SQLTransientConnectionException("gone"), true),
                arguments("commit failed on a lost connection (Narayana)", commitFailedOn(
                        new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE)), true),
                arguments("unique violation", hibernate(error("23505", "duplicate key value")), false),
                arguments("object not in prerequisite state, as an ERROR", error("55000", "currval of sequence "
                        + "is not yet defined in this session"), false),
                arguments("serialization failure", hibernate(error("40001", "could not serialize access")), false),
                arguments("undefined table", hibernate(error("42P01", "relation does not exist")), false),
                arguments("constraint violation (Hibernate)", new ConstraintViolationException("no",
                        error("23503", "foreign key"), "fk"), false),
                arguments("commit refused for another reason", commitFailedOn(new IllegalStateException("marked "
                        + "rollback only")), false),
                arguments("some other SQLException without state", new SQLException("Sorry, something else"), false),
                arguments("a bug", new NullPointerException(), false),
                arguments("nothing", null, false),
                arguments("a cycle of causes", cycle(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void recognisesALostDatabaseWhereverItIsWrapped(String what, Throwable failure, boolean outage) {
        assertThat(DatabaseOutage.isCause(failure)).as(what).isEqualTo(outage);
    }

    private static PSQLException refused() {
        return new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
    }

    /** A FATAL error: the server ends the session. */
    private static PSQLException server(String state, String message) {
        return new PSQLException(new ServerErrorMessage("SFATAL\0C" + state + "\0M" + message + "\0"));
    }

    /** An ERROR: the statement failed, the session goes on. */
    private static PSQLException error(String state, String message) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + state + "\0M" + message + "\0"));
    }

    private static PersistenceException hibernate(SQLException cause) {
        return new PersistenceException(new GenericJDBCException("could not execute statement", cause));
    }

    /** As the @Transactional interceptor throws it when the commit fails. */
    private static TransactionalException commitFailedOn(Exception failure) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(failure);
        return new TransactionalException("Transaction rolled back", rollback);
    }

    private static Throwable cycle() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);
        return first;
    }
}
