package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.StateConflictException;

/**
 * A checkout repeated with the {@code Idempotency-Key} of a request still waiting for the provider's
 * answer: the client asks again after {@link #RETRY_AFTER_SECONDS} and then gets the first answer.
 */
public final class CheckoutInProgressException extends StateConflictException {

    /** Seconds a client waits before asking again (the {@code Retry-After} header). */
    public static final int RETRY_AFTER_SECONDS = 2;

    public CheckoutInProgressException(String key) {
        super("the checkout with Idempotency-Key '" + key + "' is still in progress; ask again in "
                + RETRY_AFTER_SECONDS + " seconds for its answer");
    }
}
