package nl.botoc.monitor.reporting.messaging;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailureTest {

    private final TransientFailure retried = new TransientFailure();

    @Test
    void aLostDatabaseIsRetried() {
        assertThat(retried.test(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT))))
                .isTrue();
    }

    @Test
    void aFailedTransactionIsRetried() {
        assertThat(retried.test(new IllegalStateException(new RollbackException("commit failed")))).isTrue();
        assertThat(retried.test(new PersistenceException(new SQLException("could not serialize access", "40001"))))
                .isTrue();
        assertThat(retried.test(new PersistenceException(new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void whatTheRecordOrTheCodeGotWrongIsNotRetried() {
        assertThat(retried.test(new PersistenceException(new PSQLException("value too long",
                PSQLState.STRING_DATA_RIGHT_TRUNCATION)))).isFalse();
        assertThat(retried.test(new NullPointerException())).isFalse();
    }
}
