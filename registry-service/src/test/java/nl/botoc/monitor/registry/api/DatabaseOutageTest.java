package nl.botoc.monitor.registry.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures count as a lost database, with the exception types the driver, pool and Hibernate really throw. */
class DatabaseOutageTest {

    @Test
    void connectionRefusedWhenThePoolOpensAConnectionIsAnOutage() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

        assertThat(DatabaseOutage.isCause(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))).isTrue();
    }

    @Test
    void poolAcquisitionTimeoutIsAnOutage() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");

        assertThat(DatabaseOutage.isCause(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)))
                .isTrue();
    }

    @Test
    void brokenConnectionInTheMiddleOfATransactionIsAnOutage() {
        PSQLException broken = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);

        RollbackException rolledBack = new RollbackException("the transaction could not commit");
        rolledBack.initCause(broken);

        assertThat(DatabaseOutage.isCause(new IllegalStateException(rolledBack))).isTrue();
    }

    @Test
    void serverShuttingDownOrTerminatingTheConnectionIsAnOutage() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseOutage.isCause(new GenericJDBCException("could not execute statement",
                    new SQLException("terminating connection due to administrator command", state))))
                    .as(state).isTrue();
        }
    }

    @Test
    void jdbcConnectionExceptionTypesAreOutages() {
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void suppressedOutageBehindAnotherFailureCounts() {
        IllegalStateException rollbackFailed = new IllegalStateException("rollback failed");
        rollbackFailed.addSuppressed(new SQLException("This connection has been closed.", "08003"));

        assertThat(DatabaseOutage.isCause(rollbackFailed)).isTrue();
    }

    @Test
    void failuresOfTheRequestItselfAreNoOutage() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseOutage.isCause(new ConstraintViolationException("duplicate", duplicate, "uq"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCause(HttpProblem.valueOf(Status.CONFLICT)))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }

    @Test
    void causeChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseOutage.isCause(first)).isFalse();
    }
}
