package com.voicepact.application.shared;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.TransactionPort;
import java.util.function.Supplier;

/**
 * Runs a unit of work in a transaction and, when another transaction changed the same data first,
 * runs it again on fresh data. The work reloads everything it needs, so a retry never applies a
 * stale decision; after a few losses the conflict is reported to the caller.
 *
 * <p>Only the outermost unit is retried. Inside another unit, the work runs once and a conflict goes
 * up: running the inner unit again would re-read through a transaction that already read stale data
 * (and the port dooms the outer unit anyway), so the unit owning the transaction runs it all again.
 */
public final class ConflictRetry {

    private static final int ATTEMPTS = 5;
    private final TransactionPort transactions;

    public ConflictRetry(TransactionPort transactions) {
        this.transactions = transactions;
    }

    public <T> T inTransaction(Supplier<T> work) {
        if (transactions.inProgress()) {
            return transactions.inTransaction(work);
        }
        return again(() -> transactions.inTransaction(work));
    }

    /**
     * Runs {@code work}, which opens the transactions it needs itself (a read outside any, a write in its own), and
     * runs it again when one of its writes lost a race: for work that mostly reads, where a transaction around the
     * whole of it would only cost. Inside another unit it runs once and a conflict goes up, as above.
     *
     * @throws ConcurrentUpdateException when it lost every attempt
     */
    public <T> T attempt(Supplier<T> work) {
        return transactions.inProgress() ? work.get() : again(work);
    }

    private static <T> T again(Supplier<T> work) {
        ConcurrentUpdateException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return work.get();
            } catch (ConcurrentUpdateException conflict) {
                last = conflict;
                Thread.onSpinWait();
            }
        }
        throw last;
    }
}
