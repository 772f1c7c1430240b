package com.voicepact.application.port.in;

/** The SMS provider cannot be reached now. */
public final class SmsUnavailableException extends ProviderUnavailableException {

    public SmsUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
