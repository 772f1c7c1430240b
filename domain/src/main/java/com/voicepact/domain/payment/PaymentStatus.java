package com.voicepact.domain.payment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One status machine for the names of both product docs: {@code pending} (checkout sent; the
 * integration doc's processing), {@code locked} (held in escrow), {@code releasing}/{@code released}
 * (the integration doc's completed), {@code refunding}/{@code refunded}, {@code failed}, {@code expired}.
 */
public enum PaymentStatus {
    PENDING,
    LOCKED,
    FAILED,
    EXPIRED,
    RELEASING,
    RELEASED,
    REFUNDING,
    REFUNDED;

    /**
     * The escrow holds (some of) the payment's money: it is locked, or a payout of it is under way and the provider has not
     * confirmed it yet (until then the money is still ours, and a failed payout puts it back).
     */
    public static final Set<PaymentStatus> HOLDING =
            Collections.unmodifiableSet(EnumSet.of(LOCKED, RELEASING, REFUNDING));

    /** A payout is in flight: the contract's totals are not final until the provider settles it, one way or the other. */
    public static final Set<PaymentStatus> PAYING_OUT = Collections.unmodifiableSet(EnumSet.of(RELEASING, REFUNDING));

    /**
     * The payment may still put money in the seller's way with no payout running: it is locked, or a checkout the buyer may
     * still pay. A contract with such a payment is not settled.
     */
    public static final Set<PaymentStatus> AWAITING_PAYOUT = Collections.unmodifiableSet(EnumSet.of(PENDING, LOCKED));

    /** None of the payment's money has left the escrow or is leaving it: no payout was ever paid or is under way. */
    public static final Set<PaymentStatus> UNMOVED =
            Collections.unmodifiableSet(EnumSet.of(PENDING, LOCKED, FAILED, EXPIRED));

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean holdsMoney() {
        return HOLDING.contains(this);
    }
}
