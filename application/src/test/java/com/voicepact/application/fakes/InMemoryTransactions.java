package com.voicepact.application.fakes;

import com.voicepact.application.port.out.TransactionPort;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory fakes: each fake registers how to undo a change, and a failed
 * unit of work undoes them in reverse order. Work runs one unit at a time, like SERIALIZABLE.
 */
public final class InMemoryTransactions implements TransactionPort {

    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get(); // joins the surrounding transaction
        }
        undo.set(new ArrayDeque<>());
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            undo.get().forEach(Runnable::run);
            throw failure;
        } finally {
            undo.remove();
        }
    }

    /** Called by the fakes: how to take back the change just made, if the transaction fails. */
    void onRollback(Runnable action) {
        Deque<Runnable> actions = undo.get();
        if (actions != null) {
            actions.push(action);
        }
    }
}
