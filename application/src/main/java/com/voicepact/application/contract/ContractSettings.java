package com.voicepact.application.contract;

import com.voicepact.domain.InvalidValueException;
import java.time.Duration;

/** Business settings the contract use cases need (from configuration, built in bootstrap). */
public record ContractSettings(Duration confirmationWindow) {

    public ContractSettings {
        InvalidValueException.require(
                confirmationWindow != null && !confirmationWindow.isNegative() && !confirmationWindow.isZero(),
                "confirmation window must be positive");
    }

    public static ContractSettings defaults() {
        return new ContractSettings(Duration.ofHours(24));
    }
}
