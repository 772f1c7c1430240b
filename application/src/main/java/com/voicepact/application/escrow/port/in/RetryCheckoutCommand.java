package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.payment.TransactionId;

/** The failed checkout to ask for again, by its payment's id. */
public record RetryCheckoutCommand(TransactionId failedPayment) {

    public RetryCheckoutCommand {
        InvalidValueException.require(failedPayment != null, "the failed payment is required");
    }
}
