package com.voicepact.domain.payment;

import java.util.Locale;

/**
 * One status machine for the names of both product docs: {@code pending} (checkout sent; the
 * integration doc's processing), {@code locked} (held in escrow), {@code releasing}/{@code released}
 * (the integration doc's completed), {@code refunding}/{@code refunded}, {@code failed}, {@code expired}.
 */
public enum PaymentStatus {
    PENDING, LOCKED, FAILED, EXPIRED, RELEASING, RELEASED, REFUNDING, REFUNDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean holdsMoney() {
        return this == LOCKED || this == RELEASING || this == REFUNDING;
    }
}
