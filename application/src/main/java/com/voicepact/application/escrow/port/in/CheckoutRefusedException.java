package com.voicepact.application.escrow.port.in;

import com.voicepact.application.escrow.port.shared.FailureReason;

/** The provider received the checkout and refused it (insufficient funds, invalid account, ...), with the reason category. */
public final class CheckoutRefusedException extends RuntimeException {

    private final FailureReason reason;

    public CheckoutRefusedException(FailureReason reason, String description) {
        super(description);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
