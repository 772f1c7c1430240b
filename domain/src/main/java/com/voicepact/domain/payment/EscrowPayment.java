package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The buyer's money for one checkout, from the STK push to the payout. Money leaves escrow only
 * through payouts; a payout failure puts the money back to LOCKED; nothing moves twice. What the
 * checkout asked is a {@link CheckoutRequest}, the status machine a {@link PaymentLifecycle}, the
 * money held and its payouts a {@link PaymentEscrow}: this class applies each operation to them in order.
 */
public final class EscrowPayment {

    private final CheckoutRequest checkout;
    private final PaymentLifecycle lifecycle;
    private final PayoutLegs payouts;
    private final PaymentEscrow escrow;
    private final long version;

    private EscrowPayment(CheckoutRequest checkout, PaymentLifecycle lifecycle, List<Payout> payouts, long version) {
        this.checkout = checkout;
        this.lifecycle = lifecycle;
        this.payouts = new PayoutLegs(
                payouts,
                Money.zero(checkout.amount().currency()),
                reason -> new PaymentTransitionException(checkout.id(), lifecycle.status(), reason));
        this.escrow = new PaymentEscrow(checkout.amount(), lifecycle, this.payouts);
        this.version = version;
    }

    /**
     * A checkout about to be sent: the buyer pays {@code amount} into escrow for the seller, retrying the checkout
     * {@code retryOf} (null: a first checkout), the {@code retryCount}th retry.
     */
    public static EscrowPayment create(
            TransactionId id,
            PhoneNumber payer,
            PhoneNumber recipient,
            Money amount,
            String reference,
            Map<String, String> metadata,
            int retryCount,
            TransactionId retryOf,
            Instant at) {
        CheckoutRequest checkout =
                CheckoutRequest.requested(id, payer, recipient, amount, reference, metadata, retryCount, retryOf, at);
        return new EscrowPayment(checkout, PaymentLifecycle.pending(id), List.of(), 0);
    }

    public static EscrowPayment reconstitute(EscrowPaymentSnapshot s) {
        return new EscrowPayment(CheckoutRequest.of(s), PaymentLifecycle.of(s), s.payouts(), s.version());
    }

    // ---- checkout ----

    public void checkoutAccepted(String providerTxId) {
        lifecycle.checkoutAccepted(providerTxId);
    }

    /**
     * The provider says the buyer paid. Also from FAILED or EXPIRED: a late success is real money
     * that must be held, not lost. A different amount or currency is refused and flagged. Keeps the provider's
     * {@code receipt} of the collection (null when it did not say): what a later refund reverses, so it must outlive
     * any process that saw the provider's word.
     */
    public void lock(Money received, String receipt, Instant at) {
        lifecycle.lock(checkout.amount(), received, receipt, at);
    }

    /** A failure after the money was locked does not unlock it: it is refused. */
    public void fail(String reason, Instant at) {
        lifecycle.fail(reason, at);
    }

    public void expire(Instant at) {
        lifecycle.expire(at);
    }

    // ---- money out ----

    public Payout startRelease(Instant at) {
        return startSettlement(escrow.held(), null, PayoutLimits.none(), at).get(0);
    }

    public Payout startRefund(String reason, Instant at) {
        return startSettlement(Money.zero(checkout.amount().currency()), reason, PayoutLimits.none(), at)
                .get(0);
    }

    /** Splits the held amount: the seller's share (rounded down to the minor unit) and the rest back to the buyer. */
    public List<Payout> startSplit(BigDecimal sellerShare, Instant at) {
        InvalidValueException.require(
                sellerShare != null && sellerShare.signum() > 0 && sellerShare.compareTo(BigDecimal.ONE) < 0,
                "seller share must be strictly between 0 and 1");
        Money held = escrow.held();
        int minor = held.currency().minorUnits();
        Money toSeller =
                Money.of(held.amount().multiply(sellerShare).setScale(minor, RoundingMode.DOWN), held.currency());
        return startSettlement(toSeller, "split", PayoutLimits.none(), at);
    }

    /**
     * Settles the held money ({@link PaymentEscrow#held()}): {@code toSeller} (0 up to all of it) is paid out to the
     * seller, the rest goes back to the payer. The payment is RELEASING when the seller gets anything,
     * REFUNDING otherwise. Each leg is paid in as many payouts as {@code limits} require ({@link PayoutLimits#split}):
     * every payout has its own id, is sent once and settles on its own; a failed one puts only its own money back in
     * escrow.
     *
     * @param refundReason why the payer's part goes back (kept as the payment's reason when it is all refunded)
     * @throws PaymentTransitionException when the money is not LOCKED
     * @throws InvalidValueException when {@code toSeller} is negative, in another currency or above the amount
     */
    public List<Payout> startSettlement(Money toSeller, String refundReason, PayoutLimits limits, Instant at) {
        lifecycle.requireLocked();
        Money held = escrow.held();
        InvalidValueException.require(
                toSeller != null && toSeller.hasSameCurrencyAs(checkout.amount()) && toSeller.compareTo(held) <= 0,
                "the seller's part must be between nothing and the held " + held);
        lifecycle.payingOut(toSeller.isPositive(), refundReason);
        List<Payout> legs =
                new ArrayList<>(payouts.add(id(), PayoutKind.RELEASE, checkout.recipient(), toSeller, limits, at));
        legs.addAll(payouts.add(id(), PayoutKind.REFUND, checkout.payer(), held.minus(toSeller), limits, at));
        return legs;
    }

    public EscrowPaymentSnapshot snapshot() {
        return checkout.snapshot(lifecycle, payouts.all(), version);
    }

    public TransactionId id() {
        return checkout.id();
    }

    public ContractId contractId() {
        return checkout.contractId();
    }

    public Money amount() {
        return checkout.amount();
    }

    public PaymentStatus status() {
        return lifecycle.status();
    }

    /** What the checkout asked: payer, recipient, amount, reference, retries. */
    public CheckoutRequest checkout() {
        return checkout;
    }

    /** The status and what the collection left (provider ids, dates, failure reason); read-only. */
    public PaymentLifecycle lifecycle() {
        return lifecycle;
    }

    /** The money held and its payouts: what went where, and the provider's word on each payout. */
    public PaymentEscrow escrow() {
        return escrow;
    }

    public List<Payout> payouts() {
        return payouts.all();
    }

    public long version() {
        return version;
    }
}
