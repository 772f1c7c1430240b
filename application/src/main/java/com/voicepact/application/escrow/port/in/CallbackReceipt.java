package com.voicepact.application.escrow.port.in;

import java.util.List;
import java.util.Objects;

/**
 * What became of a payment callback: one {@link Movement} per movement of money it spoke of (none for a callback with
 * nothing to settle, such as a queue-timeout notice or a balance).
 */
public record CallbackReceipt(List<Movement> movements) {

    /**
     * The verdict on one movement. The first six mirror the stored event ({@link SettlementResult.Outcome});
     * {@code AWAITING_CONFIRMATION}: the callback says the money moved, the provider has not confirmed it yet (still
     * pending there, or it answers by a later callback), so nothing changed and nothing was recorded: the provider's
     * answer, or the payment jobs asking it, settle the movement.
     */
    public enum Verdict {
        APPLIED,
        APPLIED_BUT_FLAGGED,
        DUPLICATE,
        UNKNOWN_TRANSACTION,
        MISMATCH,
        REFUSED,
        AWAITING_CONFIRMATION
    }

    /** {@code transactionId}: our payment's id, null when none is concerned or known. */
    public record Movement(String providerReference, Verdict verdict, String transactionId, String detail) {
        public Movement {
            Objects.requireNonNull(providerReference, "providerReference");
            Objects.requireNonNull(verdict, "verdict");
            detail = detail == null ? "" : detail;
        }
    }

    public CallbackReceipt {
        movements = List.copyOf(movements);
    }
}
