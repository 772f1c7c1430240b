package com.voicepact.application.escrow.port.shared;

import java.time.Instant;

/**
 * A notification as the provider sent it, kept whatever happened to it. Its key (provider transaction
 * id, status and reported amount) makes a duplicate recognisable, while a notification with another
 * amount is a different event, so a wrong one never blocks the right one; the outcome says what we did.
 */
public record ProviderEvent(
        String key,
        String providerTransactionId,
        String status,
        String value,
        String rawBody,
        Instant receivedAt,
        Outcome outcome,
        String detail) {

    /**
     * What we did with it. {@code APPLIED_BUT_FLAGGED}: applied to the money because the provider really
     * moved it, and flagged for an operator because it contradicts what we expected (a payout to the
     * seller confirmed after the contract stopped entitling them to it).
     */
    public enum Outcome {
        APPLIED,
        APPLIED_BUT_FLAGGED,
        DUPLICATE,
        UNKNOWN_TRANSACTION,
        MISMATCH,
        REFUSED
    }

    /**
     * The verdicts as keys and the {@code status} column write them: a settled movement's words since the first
     * release (they were AT's), kept so that events stored before still recognise their duplicates.
     */
    public static final String SUCCEEDED = "Success";

    public static final String FAILED = "Failed";

    public static String keyOf(String providerTransactionId, String status) {
        return keyOf(providerTransactionId, status, "");
    }

    public static String keyOf(String providerTransactionId, String status, String reportedValue) {
        return providerTransactionId + "|" + status
                + (reportedValue == null || reportedValue.isEmpty() ? "" : "|" + reportedValue);
    }

    public boolean isFlagged() {
        return outcome == Outcome.APPLIED_BUT_FLAGGED
                || outcome == Outcome.UNKNOWN_TRANSACTION
                || outcome == Outcome.MISMATCH
                || outcome == Outcome.REFUSED;
    }
}
