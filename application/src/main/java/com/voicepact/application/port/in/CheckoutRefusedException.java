package com.voicepact.application.port.in;

import com.voicepact.application.port.out.PaymentGatewayPort.Refusal;

/** The provider received the checkout and refused it (insufficient funds, invalid account, ...). */
public final class CheckoutRefusedException extends RuntimeException {

    private final Refusal refusal;

    public CheckoutRefusedException(Refusal refusal, String reason) {
        super(reason);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
