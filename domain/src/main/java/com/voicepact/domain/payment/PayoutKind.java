package com.voicepact.domain.payment;

/** A payout either releases escrow to the seller or refunds it to the buyer. */
public enum PayoutKind {
    RELEASE,
    REFUND
}
