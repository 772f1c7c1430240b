package com.voicepact.application.escrow.port.in;

public interface TrySandboxCheckoutUseCase {

    record SandboxCheckoutResult(boolean accepted, String externalTransactionId, String description) {}

    /**
     * An STK push outside any contract, to try the provider's test numbers and amounts.
     *
     * @throws SandboxOnlyException outside the sandbox
     */
    SandboxCheckoutResult testCheckout(TrySandboxCheckoutCommand command);
}
