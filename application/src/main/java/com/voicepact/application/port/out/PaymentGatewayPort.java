package com.voicepact.application.port.out;

import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.application.port.shared.MoneyMovement;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.payment.PayoutLimits;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
     * A collection (STK push) from {@code payer}. {@code reference}: our 12-hex payment reference, what the
     * payer sees and what {@link #findByOurReference} looks for; {@code metadata}: our ids, echoed back by
     * providers that can (AT's {@code requestMetadata}).
     */
    record CollectionRequest(PhoneNumber payer, Money amount, String reference, Map<String, String> metadata) {
        public CollectionRequest {
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reference, "reference");
            metadata = Map.copyOf(metadata);
        }
    }

    /**
     * A payout from our wallet to {@code recipient}. {@code payoutId}: our payout id, the idempotency
     * reference sent to the provider and what {@link #findByOurReference} looks for.
     */
    record PayoutRequest(String payoutId, PhoneNumber recipient, Money amount) {
        public PayoutRequest {
            Objects.requireNonNull(payoutId, "payoutId");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * Money of a collection going back to its payer. {@code collectionReference}: the provider's reference
     * of the collection (a provider that can reverse it uses it; one that cannot pays the payer anew);
     * {@code payoutId} as in {@link PayoutRequest}; {@code collectionReceipt}: the receipt the provider gave
     * for the collection ({@link MovementOutcome.Succeeded#receipt()}, recorded on the payment when it was
     * locked), or null: what a provider reverses by (M-Pesa's Reversal), so a refund does not depend on the
     * adapter having seen the collection's callback in this process.
     */
    record RefundRequest(String payoutId, String collectionReference, PhoneNumber payer, Money amount, String collectionReceipt) {
        public RefundRequest {
            Objects.requireNonNull(payoutId, "payoutId");
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(amount, "amount");
        }

        /** A refund of a collection whose receipt is not known. */
        public RefundRequest(String payoutId, String collectionReference, PhoneNumber payer, Money amount) {
            this(payoutId, collectionReference, payer, amount, null);
        }
    }

    /**
     * What the application already knows of a movement it looks up, for a provider whose lookup answers less than
     * its callback did (M-Pesa's STK query tells neither the amount nor our reference; its Transaction Status finds
     * a payout only by our payout id): {@code ourReference} (our payment reference, or our payout id), {@code amount}
     * (what was asked for); either may be null.
     */
    record Known(String ourReference, Money amount) {
        public static Known nothing() {
            return new Known(null, null);
        }
    }

    /** The provider's answer to a request it received: accepted under its reference, or refused with a reason. */
    sealed interface GatewayAnswer {

        /** Accepted: the outcome comes later (a callback, or a lookup). {@code providerReference}: the provider's opaque id. */
        record Accepted(String providerReference, String description) implements GatewayAnswer {
            public Accepted {
                Objects.requireNonNull(providerReference, "providerReference");
                description = description == null ? "" : description;
            }
        }

        /** Refused: nothing moved. {@code description}: the provider's own words, for the operator. */
        record Refused(FailureReason reason, String description) implements GatewayAnswer {
            public Refused {
                Objects.requireNonNull(reason, "reason");
                description = description == null ? "" : description;
            }
        }
    }

    /**
     * One movement as the provider knows it. {@code ourReference}: the reference we sent (may be null when
     * the provider did not keep it, or for money we never asked for); {@code amount}: what the request
     * was for (null if the provider does not say); {@code fee}: the provider's charge, or null;
     * {@code at}: when the provider recorded it (null if it does not say).
     */
    record ProviderMovement(MoneyMovement movement, String providerReference, String ourReference, MovementOutcome outcome,
                            Money amount, Money fee, Instant at) {
        public ProviderMovement {
            Objects.requireNonNull(movement, "movement");
            Objects.requireNonNull(providerReference, "providerReference");
            Objects.requireNonNull(outcome, "outcome");
        }

        public boolean succeeded() {
            return outcome instanceof MovementOutcome.Succeeded;
        }
    }

    /** The answer to a lookup: known now, never received by the provider, or asked (the answer comes as a callback). */
    sealed interface Lookup {

        /** The provider knows the movement; its outcome may still be {@link MovementOutcome.Pending}. */
        record Found(ProviderMovement movement) implements Lookup {
            public Found {
                Objects.requireNonNull(movement, "movement");
            }
        }

        /** The provider has no such movement: it never received the request. */
        record NotFound() implements Lookup { }

        /**
         * An asynchronous provider took the question; its answer will arrive as a callback that settles the
         * movement. {@code queryReference}: the provider's id of the question, for the log.
         */
        record Asked(String queryReference) implements Lookup { }
    }

    /**
     * The amounts one collection may ask for at a provider, both ends included, in the provider's currency
     * (M-Pesa: KES 1 to KES 250,000 per STK push).
     *
     * @throws InvalidValueException when the ends differ in currency or {@code smallest} is above {@code largest}
     */
    record CollectionLimits(Money smallest, Money largest) {
        public CollectionLimits {
            Objects.requireNonNull(smallest, "smallest");
            Objects.requireNonNull(largest, "largest");
            InvalidValueException.require(smallest.hasSameCurrencyAs(largest) && smallest.compareTo(largest) <= 0,
                    "collection limits must be one currency with smallest <= largest");
        }
    }

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
    default Lookup findByProviderReference(MoneyMovement movement, String providerReference, Known known) {
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
