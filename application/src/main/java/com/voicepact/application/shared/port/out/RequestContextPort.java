package com.voicepact.application.shared.port.out;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request a piece of work was caused by, for the logs: a provider callback's effects done later (an SMS or a
 * payout sent by the outbox dispatcher) log the id of the callback that caused them. An id is 1 to 64 characters
 * of {@code A-Z a-z 0-9 . _ : -} ({@link #isValid}).
 */
public interface RequestContextPort {

    /** Keeps no context: for callers whose logs name no request (tests, tools). */
    RequestContextPort NONE = new RequestContextPort() {
        @Override
        public Optional<String> current() {
            return Optional.empty();
        }

        @Override
        public <T> T within(String requestId, Supplier<T> work) {
            return work.get();
        }
    };

    /** The id of the request this thread works for; empty outside one (a scheduled job). */
    Optional<String> current();

    /**
     * Runs {@code work} as part of request {@code requestId} (null: of none), so what it logs carries the id;
     * the thread's previous request id is restored afterwards. Rethrows what {@code work} throws.
     */
    <T> T within(String requestId, Supplier<T> work);

    /** Whether {@code id} may be a request id: safe to write in a log line and a header as it is. */
    static boolean isValid(String id) {
        return id != null && id.matches("[A-Za-z0-9._:-]{1,64}");
    }
}
