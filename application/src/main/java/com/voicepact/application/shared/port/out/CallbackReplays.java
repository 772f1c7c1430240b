package com.voicepact.application.shared.port.out;

import java.time.Instant;

/**
 * The signed provider callbacks received whose signature could still be presented: the replay memory of
 * the callback guard, kept across restarts, so a signed callback is handled once however often it is sent
 * and whenever the service restarts. Keys are opaque strings of at most 128 characters (the guard uses
 * the hex HMAC of the callback).
 */
public interface CallbackReplays {

    /** A callback received for the first time, or one received before (a replay). */
    enum Receipt {
        FIRST,
        REPLAY
    }

    /**
     * Records {@code key} as received, remembered until {@code keptUntil}. Entries whose {@code keptUntil}
     * is before {@code now} are dropped first (so a key whose time has passed is {@link Receipt#FIRST} again,
     * and the store holds only what may still be replayed). Of callers remembering one key at once, exactly one
     * gets {@link Receipt#FIRST}.
     */
    Receipt remember(String key, Instant now, Instant keptUntil);

    /** Drops {@code key}: its callback was not handled, so the same request sent again is handled. Unknown keys are ignored. */
    void forget(String key);
}
