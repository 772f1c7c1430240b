package com.voicepact.application.escrow.port.in;

public interface RetryCheckoutUseCase {

    /**
     * Asks the payer again for a checkout that failed, as a new payment that points back to the failed one. Run once per
     * failed payment: a second retry of the same payment answers the first one's payment ("already retried").
     *
     * @throws PaymentNotFoundException when the failed payment does not exist
     * @throws com.voicepact.domain.DomainException when the contract no longer takes a checkout
     */
    CheckoutResult retry(RetryCheckoutCommand command);
}
