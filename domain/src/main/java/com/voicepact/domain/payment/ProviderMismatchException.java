package com.voicepact.domain.payment;

import com.voicepact.domain.DomainException;

/** A provider event whose amount or currency differs from the payment: recorded and flagged, never applied. */
public final class ProviderMismatchException extends DomainException {

    public ProviderMismatchException(String reason) {
        super(reason);
    }
}
