package com.voicepact.domain.payment.event;

/** Why payouts were started: the whole payment to the seller, shared, back to the payer, or back as a surplus. */
public enum Settlement {
    RELEASE,
    SPLIT,
    REFUND,
    SURPLUS_REFUND
}
