package com.voicepact.adapter.out.persistence;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.TransactionPort;
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
    /** The outermost unit this port opened on this thread, and what doomed it, if anything did. */
    private final ThreadLocal<Outermost> outermost = new ThreadLocal<>();

    private static final class Outermost {
        private RuntimeException doomedBy;

        void doom(RuntimeException reason) {
            if (doomedBy == null) {
                doomedBy = reason;
            }
        }
    }

    MicronautTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Opens a transaction, or a savepoint inside the one this port opened on this thread. A Micronaut
     * transaction opened around the port by other code is joined, as Micronaut joins it.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (!inProgress()) {
            return outermost(work);
        }
        return outermost.get() == null ? transactions.executeWrite(status -> work.get()) : inSavepoint(work);
    }

    @Override
    public boolean inProgress() {
        return transactions.findTransactionStatus().isPresent();
    }

    private <T> T outermost(Supplier<T> work) {
        Outermost unit = new Outermost();
        outermost.set(unit);
        try {
            return transactions.executeWrite(status -> {
                T result = work.get();
                if (unit.doomedBy != null) { // thrown inside, so that Micronaut rolls back
                    throw unit.doomedBy;
                }
                return result;
            });
        } finally {
            outermost.remove();
        }
    }

    private <T> T inSavepoint(Supplier<T> work) {
        Connection connection = transactions.getConnection();
        Savepoint savepoint = sql(connection::setSavepoint);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            Outermost unit = outermost.get();
            try {
                connection.rollback(savepoint);
            } catch (SQLException | RuntimeException broken) {
                failure.addSuppressed(broken);
                unit.doom(new IllegalStateException("an inner unit of work could not be undone", broken));
            }
            if (failure instanceof ConcurrentUpdateException conflict) {
                unit.doom(new ConcurrentUpdateException(
                        "an inner unit of work lost a race: run the whole unit again", conflict));
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
