package com.voicepact.application.port.out;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mobile money at the provider (Africa's Talking payments or M-Pesa Daraja). Calls that may have
 * reached the provider but gave no answer throw {@link GatewayException} with {@code ambiguous}
 * set: such a call is never repeated blindly, it is resolved by a query.
 */
public interface PaymentGatewayPort {

    record CheckoutRequest(PhoneNumber payer, Money amount, String reference, Map<String, String> metadata) { }

    record PayoutRequest(String payoutId, PhoneNumber recipient, Money amount, String reason) { }

    /** The provider's answer to a request it received: accepted with its id, or refused with a reason. */
    record GatewayAnswer(boolean accepted, String providerTransactionId, String description, Refusal refusal) {

        public static GatewayAnswer accepted(String providerTransactionId, String description) {
            return new GatewayAnswer(true, providerTransactionId, description, null);
        }

        public static GatewayAnswer refused(Refusal refusal, String description) {
            return new GatewayAnswer(false, null, description, refusal);
        }
    }

    enum Refusal { INSUFFICIENT_FUNDS, INVALID_REQUEST, DUPLICATE, OTHER }

    /** A transaction as the provider knows it: status Success, Failed or Pending. */
    record ProviderTransaction(String providerTransactionId, String clientReference, String status, Money value,
                               Money fee, Instant at) {
    }

    GatewayAnswer checkout(CheckoutRequest request);

    GatewayAnswer payout(PayoutRequest request);

    Optional<ProviderTransaction> findTransaction(String providerTransactionId);

    /** Looks a payout up by our own payout id (the idempotency reference we sent). */
    Optional<ProviderTransaction> findPayout(String payoutId);

    /**
     * Looks a checkout up by our own reference ({@link CheckoutRequest#reference()}, 12 hex digits, sent in
     * the request), for a checkout whose answer never reached us: the provider may have taken the money
     * although we never learnt its transaction id. Empty when the provider never received the request.
     *
     * @throws GatewayException when the provider cannot be asked (then nothing may be concluded)
     */
    Optional<ProviderTransaction> findCheckout(String reference);

    Money balance();

    List<ProviderTransaction> transactionsBetween(Instant from, Instant to);
}
