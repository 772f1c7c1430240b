package com.voicepact.application.escrow.port.out;

import com.voicepact.domain.common.Money;

/**
 * What the application already knows of a movement it looks up, for a provider whose lookup answers less than
 * its callback did (M-Pesa's STK query tells neither the amount nor our reference; its Transaction Status finds
 * a payout only by our payout id): {@code ourReference} (our payment reference, or our payout id), {@code amount}
 * (what was asked for); either may be null.
 */
public record KnownMovement(String ourReference, Money amount) {
    public static KnownMovement nothing() {
        return new KnownMovement(null, null);
    }
}
