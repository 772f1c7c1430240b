package com.voicepact.application.port.out;

import java.time.Instant;

/**
 * A notification as the provider sent it, kept whatever happened to it. Its key (provider transaction
 * id, status and reported amount) makes a duplicate recognisable, while a notification with another
 * amount is a different event, so a wrong one never blocks the right one; the outcome says what we did.
 */
public record ProviderEvent(String key, String providerTransactionId, String status, String value, String rawBody,
                            Instant receivedAt, Outcome outcome, String detail) {

    public enum Outcome { APPLIED, DUPLICATE, UNKNOWN_TRANSACTION, MISMATCH, REFUSED }

    public static String keyOf(String providerTransactionId, String status) {
        return keyOf(providerTransactionId, status, "");
    }

    public static String keyOf(String providerTransactionId, String status, String reportedValue) {
        return providerTransactionId + "|" + status + (reportedValue == null || reportedValue.isEmpty() ? "" : "|" + reportedValue);
    }

    public boolean isFlagged() {
        return outcome == Outcome.UNKNOWN_TRANSACTION || outcome == Outcome.MISMATCH || outcome == Outcome.REFUSED;
    }
}
