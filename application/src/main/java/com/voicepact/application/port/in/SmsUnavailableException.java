package com.voicepact.application.port.in;

public final class SmsUnavailableException extends RuntimeException {

    public SmsUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
