package com.voicepact.application.escrow.port.shared;

/**
 * Why a provider did not move the money, as categories a farmer's SMS can explain (each adapter maps
 * its own result codes to these, with a table test). {@code PAYER_CANCELLED}: the payer refused the
 * prompt; {@code WRONG_PIN}; {@code PAYER_UNREACHABLE}: phone off or no answer in time;
 * {@code INSUFFICIENT_FUNDS}: the payer's (or, for a payout, our) balance is too low;
 * {@code LIMIT_REACHED}: a per-transaction, daily or balance limit; {@code RECIPIENT_INVALID}: the number
 * is unknown, inactive or not registered; {@code DUPLICATE}: the provider refused a repeat;
 * {@code PROVIDER_BUSY}: the provider could not take it now (worth trying later);
 * {@code CONFIGURATION}: our credentials, roles or account are wrong (an operator must act);
 * {@code OTHER}: anything else, with the provider's description kept for the operator.
 */
public enum FailureReason {
    PAYER_CANCELLED,
    WRONG_PIN,
    PAYER_UNREACHABLE,
    INSUFFICIENT_FUNDS,
    LIMIT_REACHED,
    RECIPIENT_INVALID,
    DUPLICATE,
    PROVIDER_BUSY,
    CONFIGURATION,
    OTHER
}
