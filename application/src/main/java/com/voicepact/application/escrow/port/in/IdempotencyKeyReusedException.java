package com.voicepact.application.escrow.port.in;

/**
 * An {@code Idempotency-Key} sent again with a different request (another contract, payer or amount):
 * refused, since answering with the first checkout would pretend the second was made.
 */
public final class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key
                + "' was already used for a different checkout; use a new key for a new checkout");
    }
}
