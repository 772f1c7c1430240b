package com.voicepact.application.phone.port.in;

import com.voicepact.application.shared.port.in.ProviderUnavailableException;

/** The SMS provider cannot be reached now. */
public final class SmsUnavailableException extends ProviderUnavailableException {

    public SmsUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
