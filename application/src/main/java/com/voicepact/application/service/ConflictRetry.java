package com.voicepact.application.service;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.TransactionPort;
import java.util.function.Supplier;

/**
 * Runs a unit of work in a transaction and, when another transaction changed the same data first,
 * runs it again on fresh data. The work reloads everything it needs, so a retry never applies a
 * stale decision; after a few losses the conflict is reported to the caller.
 */
final class ConflictRetry {

    private static final int ATTEMPTS = 5;
    private final TransactionPort transactions;

    ConflictRetry(TransactionPort transactions) {
        this.transactions = transactions;
    }

    <T> T inTransaction(Supplier<T> work) {
        ConcurrentUpdateException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (ConcurrentUpdateException conflict) {
                last = conflict;
                Thread.onSpinWait();
            }
        }
        throw last;
    }
}
