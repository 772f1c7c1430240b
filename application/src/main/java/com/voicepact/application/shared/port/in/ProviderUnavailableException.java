package com.voicepact.application.shared.port.in;

/**
 * A provider (payments, SMS, voice, speech-to-text, recording download) cannot be reached now; the
 * caller may retry after {@link #RETRY_AFTER_SECONDS}. The reason is ours; the provider's own words
 * stay in the cause, for the log.
 */
public class ProviderUnavailableException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 60;

    public ProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
