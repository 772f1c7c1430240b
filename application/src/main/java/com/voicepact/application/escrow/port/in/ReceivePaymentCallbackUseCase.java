package com.voicepact.application.escrow.port.in;

/**
 * Receives a payment provider's callback, whichever provider sent it. A callback alone never moves money: a report
 * that money moved is confirmed with the provider before it is applied; one the provider contradicts is recorded and
 * flagged for an operator (see {@link ListFlaggedEventsUseCase}) and changes nothing.
 */
public interface ReceivePaymentCallbackUseCase {

    /**
     * @throws CallbackRouteNotFoundException when no provider posts callbacks to the command's route
     * @throws com.voicepact.domain.InvalidValueException when the body is not the callback the route takes (the reason
     *         says why, in the sender's terms)
     * @throws PaymentProviderUnavailableException when the provider could not be asked to confirm a report that money
     *         moved: nothing was recorded, so the provider's resend (or the payment jobs) settles it
     */
    CallbackReceipt receive(ReceivePaymentCallbackCommand command);
}
