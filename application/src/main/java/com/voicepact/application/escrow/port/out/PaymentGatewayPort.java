package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.payment.PayoutLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Mobile money at a provider (Africa's Talking payments, M-Pesa Daraja), in no provider's words: each
 * adapter maps its own statuses, result codes and categories to {@link MoneyMovement},
 * {@link MovementOutcome} and {@link FailureReason} inside the adapter.
 *
 * <p>Units: every amount is a {@link Money} at its currency's scale; a provider that writes more
 * decimals (AT's {@code "KES 90.0000"}) or whole numbers (Daraja) is converted by its adapter.
 * References: a provider reference is the provider's opaque id of a movement (AT's {@code ATPid_...},
 * Daraja's {@code CheckoutRequestID} or {@code ConversationID}); "our reference" is the payment's
 * 12-hex reference for a collection and our payout id for a payout or refund; both are sent with the
 * request so the provider can be asked by either.
 *
 * <p>Errors: a call that may have reached the provider but gave no answer throws {@link GatewayException}
 * with {@code ambiguous} set; such a call is never repeated blindly, it is resolved by a lookup. A call
 * that provably did not reach it throws {@link GatewayException} with {@code ambiguous} unset. A provider
 * that received a request and refused it answers {@link GatewayAnswer.Refused}, never an exception.
 *
 * <p>Synchronous and asynchronous providers: AT answers a lookup at once; Daraja's Transaction Status,
 * STK query results, Reversal and Account Balance may come later by a callback. So a lookup answers
 * either the outcome now or {@link Lookup.Asked}: the outcome will arrive as a callback, which the
 * adapter maps to the same settle use case as any other callback.
 */
public interface PaymentGatewayPort {

    /**
     * What one collection may ask for at this provider, as the provider publishes it; empty when it publishes no
     * limits. The service's per-checkout limits ({@code MIN_PAYMENT_AMOUNT}/{@code MAX_PAYMENT_AMOUNT}) default to
     * these and may not exceed them. A default method, so a provider without published limits states nothing.
     */
    default Optional<CollectionLimits> collectionLimits() {
        return Optional.empty();
    }

    /** Starts a collection. The outcome comes by callback or lookup. */
    GatewayAnswer collect(CollectionRequest request);

    /** Pays {@code request.amount()} to the recipient. The outcome comes by callback or lookup. */
    GatewayAnswer payOut(PayoutRequest request);

    /** Returns a collected amount to its payer (reversal, or a payout where reversal is not possible). */
    GatewayAnswer refund(RefundRequest request);

    /**
     * The outcome of the movement the provider knows under {@code providerReference}.
     *
     * @throws GatewayException when the provider cannot be asked (then nothing may be concluded)
     */
    Lookup findByProviderReference(MoneyMovement movement, String providerReference);

    /**
     * As {@link #findByProviderReference(MoneyMovement, String)}, with what the application {@code known}s of the
     * movement, so that the answer does not depend on what the adapter remembers (it may have restarted since the
     * request). A provider whose lookups tell everything ignores it.
     *
     * @throws GatewayException when the provider cannot be asked (then nothing may be concluded)
     */
    default Lookup findByProviderReference(MoneyMovement movement, String providerReference, KnownMovement known) {
        return findByProviderReference(movement, providerReference);
    }

    /**
     * The outcome of a movement looked up by our own reference (see {@link CollectionRequest#reference()},
     * {@link PayoutRequest#payoutId()}), for a request whose answer never reached us: the provider may have
     * moved the money although we never learnt its reference.
     *
     * @throws GatewayException when the provider cannot be asked (then nothing may be concluded)
     */
    Lookup findByOurReference(MoneyMovement movement, String ourReference);

    /**
     * The balance of our wallet at the provider. A provider that answers balances asynchronously returns
     * the last balance its callback brought and asks for a fresh one.
     *
     * @throws GatewayException when no balance is known or the provider cannot be asked
     */
    Money balance();

    /**
     * What one payout may carry at this provider ({@link PayoutLimits}: M-Pesa B2C pays KES 10 to 250,000 per payout);
     * the escrow splits a larger release or refund into several payouts by it. By default there are none: any amount
     * is one payout.
     */
    default PayoutLimits payoutLimits() {
        return PayoutLimits.none();
    }

    /**
     * Every movement the provider recorded in {@code [from, to)}, for reconciliation.
     *
     * @throws GatewayException when the provider cannot be asked
     */
    List<ProviderMovement> movementsBetween(Instant from, Instant to);
}
