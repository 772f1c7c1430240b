package com.voicepact.application.escrow.port.in;

/**
 * A provider answered but did not do what was asked (Africa's Talking queued no call): a failure
 * upstream of us, not of the caller's input, and not one that waiting is known to cure.
 */
public final class ProviderRefusedException extends RuntimeException {

    public ProviderRefusedException(String reason) {
        super(reason);
    }
}
