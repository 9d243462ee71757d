package nl.botoc.monitor.reporting.api;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionIsAnOutage() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        assertThat(DatabaseOutage.isCause(refused)).isTrue();
        assertThat(DatabaseOutage.isCause(new JDBCConnectionException("could not prepare statement", refused)))
                .isTrue();
    }

    @Test
    void aConnectionLostDuringATransactionIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE))).isTrue();
        assertThat(DatabaseOutage.isCause(new PSQLException("This connection has been closed.",
                PSQLState.CONNECTION_DOES_NOT_EXIST))).isTrue();
    }

    @Test
    void aServerThatShutsDownOrStartsIsAnOutage() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300"}) {
            assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLException("FATAL", state))))
                    .as(state).isTrue();
        }
    }

    @Test
    void aPoolThatWaitedInVainIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Acquisition timeout while waiting for new connection",
                new java.util.concurrent.TimeoutException()))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("no connection"))).isTrue();
    }

    @Test
    void aWrongStatementIsNoOutage() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new PSQLException("duplicate key",
                PSQLState.UNIQUE_VIOLATION)))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseOutage.isCause(first)).isFalse();
    }
}
