package nl.botoc.monitor.reporting.messaging;

import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import nl.botoc.monitor.reporting.api.DatabaseOutage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * The failures to store a consumed record that are retried: the database was unreachable ({@link DatabaseOutage}) or
 * the transaction failed (rolled back at commit, serialization failure, deadlock), none of them the record's fault.
 */
public final class TransientFailure implements Predicate<Throwable> {

    private static final Logger LOG = Logger.getLogger(TransientFailure.class);
    private static final int MAX_CAUSES = 32;

    @Override
    public boolean test(Throwable failure) {
        return DatabaseOutage.isCause(failure) || transactionFailed(failure);
    }

    private static boolean transactionFailed(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof RollbackException || cause instanceof HeuristicMixedException) {
                return true;
            }
            if (cause instanceof SQLException && String.valueOf(((SQLException) cause).getSQLState()).startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Logs each retry with the record it holds up, so a stalled partition is found in the log. */
    public static final class Logged implements BeforeRetryHandler {

        @Override
        public void handle(ExecutionContext context) {
            ConsumerRecord<?, ?> record = (ConsumerRecord<?, ?>) context.getParameters()[0];
            LOG.warnf("Storing record %s-%d@%d failed, retrying with backoff: %s", record.topic(), record.partition(),
                    record.offset(), context.getFailure());
        }
    }
}
