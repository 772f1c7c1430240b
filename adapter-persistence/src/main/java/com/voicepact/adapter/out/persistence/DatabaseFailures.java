package com.voicepact.adapter.out.persistence;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * What the ports promise about a failed write: a stale version, or a violation of one of the named
 * unique keys the caller expects, is a {@link ConcurrentUpdateException} (someone else got there
 * first; the service may reload and retry, the API answers 409), worded by us. Anything else (a
 * value too wide, a missing row, a lost connection, an unknown key) is returned unchanged: not a
 * conflict, never retried as one, and answered 500 by the web adapter, which logs it. Every adapter
 * writes through {@link #write}, so this translation is made in one place.
 */
final class DatabaseFailures {

    /** SQLSTATE of a unique violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * SQLSTATEs of a transaction chosen as a deadlock's victim: PostgreSQL's {@code 40P01}, H2's {@code 40001}. Two
     * transactions waited for each other (e.g. on the audit chain's head and a row the other changed); the victim is
     * rolled back whole and may run again, as after any lost race.
     */
    private static final Set<String> DEADLOCK = Set.of("40P01", "40001");

    private DatabaseFailures() {}

    /**
     * Runs {@code work} in one write transaction.
     *
     * @param subject what is written, for the conflict's message ("payment TX-...")
     * @param expected the unique keys whose violation means "someone else stored this first"
     * @throws ConcurrentUpdateException on a stale version or a violation of one of {@code expected}
     * @throws DataAccessException any other failure, unchanged
     */
    static <R> R write(
            TransactionOperations<Connection> transactions,
            String subject,
            TransactionCallback<Connection, R> work,
            UniqueKey... expected) {
        try {
            return transactions.executeWrite(work);
        } catch (DataAccessException failure) {
            throw translate(failure, subject, expected);
        }
    }

    private static RuntimeException translate(DataAccessException failure, String subject, UniqueKey... expected) {
        if (failure instanceof OptimisticLockException) {
            return new ConcurrentUpdateException(subject + " was changed by someone else", failure);
        }
        SQLException sql = sqlCause(failure);
        if (sql != null && DEADLOCK.contains(sql.getSQLState())) {
            return new ConcurrentUpdateException(
                    subject + ": waited for another change that waited for this one", failure);
        }
        if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null) {
            for (UniqueKey key : expected) {
                if (key.isNamedIn(sql.getMessage())) {
                    return new ConcurrentUpdateException(subject + ": " + key.meaning(), failure);
                }
            }
        }
        return failure;
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
