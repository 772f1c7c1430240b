package com.voicepact.application.escrow.port.in;

public interface InitiateEscrowCheckoutUseCase {

    /**
     * @throws CheckoutRefusedException when the provider refused the checkout
     * @throws PaymentProviderUnavailableException when the provider could not be reached
     */
    CheckoutResult checkout(CheckoutCommand command);
}
