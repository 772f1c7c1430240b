package com.voicepact.application.port.in;

/** A provider (speech-to-text, recording download) cannot be reached now; the caller may retry. */
public final class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
