package com.voicepact.adapter.out.persistence;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.TransactionPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

/**
 * The unit-of-work port on Micronaut's JDBC transaction manager. An inner unit is a JDBC savepoint
 * on the outer transaction's connection: its failure rolls back to the savepoint and leaves the outer
 * transaction usable. (A Micronaut unit inside another joins it and marks it rollback-only when it
 * fails; its {@code NESTED} propagation joins too, in 4.x.) An inner conflict dooms the outermost
 * unit, which then ends in a {@link ConcurrentUpdateException}, as {@link TransactionPort} says.
 */
@Singleton
final class MicronautTransactions implements TransactionPort {

    private final TransactionOperations<Connection> transactions;
    private final ThreadLocal<ConcurrentUpdateException> doomedBy = new ThreadLocal<>();

    MicronautTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inProgress() ? inSavepoint(work) : outermost(work);
    }

    @Override
    public boolean inProgress() {
        return transactions.findTransactionStatus().isPresent();
    }

    private <T> T outermost(Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> {
                T result = work.get();
                if (doomedBy.get() != null) { // thrown inside, so that Micronaut rolls back
                    throw new ConcurrentUpdateException("an inner unit of work lost a race: run the whole unit again", doomedBy.get());
                }
                return result;
            });
        } finally {
            doomedBy.remove();
        }
    }

    private <T> T inSavepoint(Supplier<T> work) {
        Connection connection = transactions.getConnection();
        Savepoint savepoint = sql(connection::setSavepoint);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            sql(() -> {
                connection.rollback(savepoint);
                return null;
            });
            if (failure instanceof ConcurrentUpdateException conflict && doomedBy.get() == null) {
                doomedBy.set(conflict);
            }
            throw failure;
        }
        sql(() -> {
            connection.releaseSavepoint(savepoint);
            return null;
        });
        return result;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("savepoint failed", e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
