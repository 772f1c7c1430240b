package com.voicepact.domain.payment;

import com.voicepact.domain.StateConflictException;

/** A payment action its current status does not allow. */
public final class PaymentTransitionException extends StateConflictException {

    public PaymentTransitionException(TransactionId id, PaymentStatus status, String reason) {
        super("payment " + id + " is " + status + ": " + reason);
    }
}
