package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;

/** One mobile-money transfer out of escrow. Its id is the idempotency reference sent to the provider. */
public record Payout(
        String id,
        PayoutKind kind,
        PhoneNumber recipient,
        Money amount,
        PayoutState state,
        String providerId,
        int attempts,
        Instant requestedAt,
        String failureReason) {

    public Payout {
        InvalidValueException.require(id != null && !id.isBlank(), "payout id is required");
        InvalidValueException.require(
                kind != null && recipient != null && amount != null && state != null && requestedAt != null,
                "payout kind, recipient, amount, state and time are required");
        InvalidValueException.require(amount.isPositive(), "a payout amount must be positive");
    }

    static Payout requested(String id, PayoutKind kind, PhoneNumber to, Money amount, Instant at) {
        return new Payout(id, kind, to, amount, PayoutState.REQUESTED, null, 0, at, null);
    }

    Payout withState(PayoutState next, String provider, int attemptCount, String reason) {
        return new Payout(id, kind, recipient, amount, next, provider, attemptCount, requestedAt, reason);
    }

    public boolean isOpen() {
        return state != PayoutState.CONFIRMED && state != PayoutState.FAILED;
    }
}
