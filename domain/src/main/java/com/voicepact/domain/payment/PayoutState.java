package com.voicepact.domain.payment;

/**
 * REQUESTED (in the outbox), SENDING (handed to the gateway; the answer not yet recorded), SENT
 * (the provider accepted it), CONFIRMED (the provider's notification says paid), FAILED.
 * A payout stuck in SENDING is resolved by querying the provider, never by sending again blindly.
 */
public enum PayoutState {
    REQUESTED,
    SENDING,
    SENT,
    CONFIRMED,
    FAILED
}
