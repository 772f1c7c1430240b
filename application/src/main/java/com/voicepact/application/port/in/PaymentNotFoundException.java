package com.voicepact.application.port.in;

public final class PaymentNotFoundException extends RuntimeException {

    public PaymentNotFoundException(String id) {
        super("payment " + id + " does not exist");
    }
}
