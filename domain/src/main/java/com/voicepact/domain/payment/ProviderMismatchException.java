package com.voicepact.domain.payment;

import com.voicepact.domain.StateConflictException;

/** A provider event whose amount or currency differs from the payment: recorded and flagged, never applied. */
public final class ProviderMismatchException extends StateConflictException {

    public ProviderMismatchException(String reason) {
        super(reason);
    }
}
