package com.voicepact.application.port.in;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;

public interface TrySandboxCheckoutUseCase {

    record SandboxCheckoutResult(boolean accepted, String externalTransactionId, String description) {
    }

    /**
     * An STK push outside any contract, to try the provider's test numbers and amounts.
     *
     * @throws SandboxOnlyException outside the sandbox
     */
    SandboxCheckoutResult testCheckout(PhoneNumber phone, Money amount);
}
