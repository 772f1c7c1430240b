package com.voicepact.application.escrow.port.out;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.util.Objects;

/**
 * A payout from our wallet to {@code recipient}. {@code payoutId}: our payout id, the idempotency
 * reference sent to the provider and what {@link PaymentGatewayPort#findByOurReference} looks for.
 */
public record PayoutRequest(String payoutId, PhoneNumber recipient, Money amount) {
    public PayoutRequest {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
    }
}
