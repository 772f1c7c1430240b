package com.voicepact.application.port.in;

public final class PaymentNotFoundException extends NotFoundException {

    public PaymentNotFoundException(String id) {
        super("payment " + id + " does not exist");
    }
}
