package com.voicepact.application.shared.port.out;

import java.util.function.Supplier;

/**
 * A unit of work: everything done inside commits together or not at all.
 *
 * <p>A unit opened inside another (a use case called while an inbound call's unit is open) is a
 * savepoint of the outer one: when its work throws, only its own writes are undone, the exception
 * reaches the caller, and the outer unit may catch it and go on. Nothing is committed before the
 * outermost unit ends. One exception to going on: when an inner unit fails with a
 * {@link ConcurrentUpdateException} (a store refused a stale write), what the outer unit read is
 * stale too, so the outermost unit is rolled back and ends in a {@link ConcurrentUpdateException}
 * even if the conflict was caught; the caller owning it may run everything again on fresh data.
 */
public interface TransactionPort {

    /** Runs {@code work} in a unit of work; rethrows what it throws, after undoing its writes. */
    <T> T inTransaction(Supplier<T> work);

    /** Whether the calling thread is inside a unit of work already (a new one would be nested). */
    boolean inProgress();
}
