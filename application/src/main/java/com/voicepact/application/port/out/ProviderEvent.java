package com.voicepact.application.port.out;

import java.time.Instant;

/**
 * A notification as the provider sent it, kept whatever happened to it. Its key (provider transaction
 * id and status) makes a duplicate recognisable; its outcome says what we did with it.
 */
public record ProviderEvent(String key, String providerTransactionId, String status, String value, String rawBody,
                            Instant receivedAt, Outcome outcome, String detail) {

    public enum Outcome { APPLIED, DUPLICATE, UNKNOWN_TRANSACTION, MISMATCH, REFUSED }

    public static String keyOf(String providerTransactionId, String status) {
        return providerTransactionId + "|" + status;
    }

    public boolean isFlagged() {
        return outcome == Outcome.UNKNOWN_TRANSACTION || outcome == Outcome.MISMATCH || outcome == Outcome.REFUSED;
    }
}
