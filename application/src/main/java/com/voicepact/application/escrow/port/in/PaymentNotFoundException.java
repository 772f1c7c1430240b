package com.voicepact.application.escrow.port.in;

import com.voicepact.application.shared.port.in.NotFoundException;

public final class PaymentNotFoundException extends NotFoundException {

    public PaymentNotFoundException(String id) {
        super("payment " + id + " does not exist");
    }
}
