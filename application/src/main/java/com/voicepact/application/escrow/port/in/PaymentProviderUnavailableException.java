package com.voicepact.application.escrow.port.in;

import com.voicepact.application.shared.port.in.ProviderUnavailableException;

/** The payment provider is down or its circuit is open; the caller may retry after a while. */
public final class PaymentProviderUnavailableException extends ProviderUnavailableException {

    public PaymentProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
