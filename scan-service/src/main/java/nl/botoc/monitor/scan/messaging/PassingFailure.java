package nl.botoc.monitor.scan.messaging;

import jakarta.transaction.RollbackException;
import nl.botoc.monitor.scan.api.DatabaseOutage;
import org.apache.kafka.common.errors.RetriableException;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * A failure that is not the message's fault and passes by itself: the database out of reach ({@link DatabaseOutage}),
 * a transaction the database rolled back (serialization failure, deadlock: SQLState class 40) or that failed to
 * commit, Kafka not acknowledging a dead letter in time. Applying the same message again later succeeds.
 */
public final class PassingFailure implements Predicate<Throwable> {

    private static final String TRANSACTION_ROLLBACK_CLASS = "40";
    /** Deep enough for any real wrapping; a bound rather than a seen-set against a cycle of causes. */
    private static final int MAX_DEPTH = 32;

    @Override
    public boolean test(Throwable failure) {
        if (DatabaseOutage.isCause(failure)) {
            return true;
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof RollbackException || cause instanceof RetriableException || rolledBack(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rolledBack(Throwable failure) {
        return failure instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS);
    }
}
