package nl.botoc.monitor.scan.persistence;

import java.util.List;

/**
 * A table whose rows go to a Kafka topic after they commit, and what the outbox relay needs to know of it.
 * A row counts as published only once it is marked, which happens after Kafka acknowledged it.
 *
 * @param <R> the row
 */
public interface Outbox<R> {

    /** The topic the rows go to; it also names the lock that lets one relay at a time work through them. */
    String topic();

    /** Rows not yet acknowledged, in the order they are to be published. */
    List<R> unpublished(int limit);

    /** How many rows are not yet acknowledged. */
    long backlog();

    String key(R row);

    /** The message, as the contract writes it. */
    String value(R row);

    /** Notes that Kafka acknowledged these rows, in one statement. */
    void markPublished(List<R> rows);

    /** The row in words, for the log. */
    String describe(R row);
}
