package com.voicepact.application.fakes;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.TransactionPort;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory fakes: each fake registers how to undo a change, and a failed
 * unit of work undoes them in reverse order. A nested unit is a savepoint, as on the database: its
 * failure undoes only its own changes, its success hands them to the outer unit, and a conflict in
 * it dooms the outermost unit. Work runs one outermost unit at a time, like SERIALIZABLE.
 */
public final class InMemoryTransactions implements TransactionPort {

    /** The open units of this thread, innermost first; each holds its undo actions, newest first. */
    private final ThreadLocal<Deque<Deque<Runnable>>> open = new ThreadLocal<>();

    private final ThreadLocal<ConcurrentUpdateException> doomedBy = new ThreadLocal<>();

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        boolean outermost = open.get() == null;
        if (outermost) {
            open.set(new ArrayDeque<>());
        }
        Deque<Deque<Runnable>> units = open.get();
        Deque<Runnable> undo = new ArrayDeque<>();
        units.push(undo);
        try {
            T result = work.get();
            if (outermost && doomedBy.get() != null) {
                throw new ConcurrentUpdateException(
                        "an inner unit of work lost a race: run the whole unit again", doomedBy.get());
            }
            units.pop();
            if (!outermost) {
                for (Iterator<Runnable> oldestFirst = undo.descendingIterator(); oldestFirst.hasNext(); ) {
                    units.peek().push(oldestFirst.next());
                }
            }
            return result;
        } catch (RuntimeException | Error failure) {
            units.pop();
            undo.forEach(Runnable::run);
            if (!outermost && failure instanceof ConcurrentUpdateException conflict && doomedBy.get() == null) {
                doomedBy.set(conflict);
            }
            throw failure;
        } finally {
            if (outermost) {
                open.remove();
                doomedBy.remove();
            }
        }
    }

    @Override
    public boolean inProgress() {
        return open.get() != null;
    }

    /** Called by the fakes: how to take back the change just made, if the (innermost) unit fails. */
    void onRollback(Runnable action) {
        Deque<Deque<Runnable>> units = open.get();
        if (units != null) {
            units.peek().push(action);
        }
    }
}
