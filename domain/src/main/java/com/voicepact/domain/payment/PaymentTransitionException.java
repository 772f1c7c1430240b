package com.voicepact.domain.payment;

import com.voicepact.domain.DomainException;

/** A payment action its current status does not allow. */
public final class PaymentTransitionException extends DomainException {

    public PaymentTransitionException(TransactionId id, PaymentStatus status, String reason) {
        super("payment " + id + " is " + status + ": " + reason);
    }
}
