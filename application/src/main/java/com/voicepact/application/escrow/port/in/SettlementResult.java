package com.voicepact.application.escrow.port.in;

/**
 * What became of a provider's report, and the payment it concerned, if any ({@code transactionId} null when
 * none). {@link Outcome} mirrors the stored event's outcome: {@code APPLIED_BUT_FLAGGED} was applied because
 * the provider really moved the money, and flagged because it contradicts what we expected.
 */
public record SettlementResult(Outcome outcome, String transactionId, String detail) {

    public enum Outcome {
        APPLIED,
        APPLIED_BUT_FLAGGED,
        DUPLICATE,
        UNKNOWN_TRANSACTION,
        MISMATCH,
        REFUSED
    }
}
