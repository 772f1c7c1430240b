package com.voicepact.application.shared.port.in;

/** What the request names does not exist here (a contract, a payment, a recording, a sandbox-only feature). */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String reason) {
        super(reason);
    }
}
