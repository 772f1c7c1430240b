package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement as the provider knows it. {@code ourReference}: the reference we sent (may be null when
 * the provider did not keep it, or for money we never asked for); {@code amount}: what the request
 * was for (null if the provider does not say); {@code fee}: the provider's charge, or null;
 * {@code at}: when the provider recorded it (null if it does not say).
 */
public record ProviderMovement(
        MoneyMovement movement,
        String providerReference,
        String ourReference,
        MovementOutcome outcome,
        Money amount,
        Money fee,
        Instant at) {
    public ProviderMovement {
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(providerReference, "providerReference");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean succeeded() {
        return outcome instanceof MovementOutcome.Succeeded;
    }
}
