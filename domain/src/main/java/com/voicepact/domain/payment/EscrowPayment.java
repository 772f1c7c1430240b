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
import java.util.Optional;

/**
 * The buyer's money for one checkout, from the STK push to the payout. Money leaves escrow only
 * through payouts; a payout failure puts the money back to LOCKED; nothing moves twice. What the
 * checkout asked is a {@link CheckoutRequest}, the status machine a {@link PaymentLifecycle}, the
 * payouts {@link PayoutLegs}: this class applies each operation to them in order.
 */
public final class EscrowPayment {

    private final CheckoutRequest checkout;
    private final PaymentLifecycle lifecycle;
    private final PayoutLegs payouts;
    private final long version;

    private EscrowPayment(CheckoutRequest checkout, PaymentLifecycle lifecycle, List<Payout> payouts, long version) {
        this.checkout = checkout;
        this.lifecycle = lifecycle;
        this.payouts = new PayoutLegs(
                payouts,
                Money.zero(checkout.amount().currency()),
                reason -> new PaymentTransitionException(checkout.id(), lifecycle.status(), reason));
        this.version = version;
    }

    /** A checkout about to be sent: the buyer pays {@code amount} into escrow for the seller. */
    public static EscrowPayment create(
            TransactionId id,
            PhoneNumber payer,
            PhoneNumber recipient,
            Money amount,
            String reference,
            Map<String, String> metadata,
            int retryCount,
            Instant at) {
        return create(id, payer, recipient, amount, reference, metadata, retryCount, null, at);
    }

    /** As {@link #create}, retrying the checkout {@code retryOf} (null: a first checkout), the {@code retryCount}th retry. */
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
     * that must be held, not lost. A different amount or currency is refused and flagged.
     */
    public void lock(Money received, Instant at) {
        lock(received, null, at);
    }

    /**
     * As {@link #lock(Money, Instant)}, keeping the provider's {@code receipt} of the collection (null when it did not
     * say): what a later refund reverses, so it must outlive any process that saw the provider's word.
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
        return startSettlement(held(), null, PayoutLimits.none(), at).get(0);
    }

    public Payout startRefund(String reason, Instant at) {
        return startSettlement(Money.zero(amount().currency()), reason, PayoutLimits.none(), at)
                .get(0);
    }

    /** Splits the held amount: the seller's share (rounded down to the minor unit) and the rest back to the buyer. */
    public List<Payout> startSplit(BigDecimal sellerShare, Instant at) {
        InvalidValueException.require(
                sellerShare != null && sellerShare.signum() > 0 && sellerShare.compareTo(BigDecimal.ONE) < 0,
                "seller share must be strictly between 0 and 1");
        Money held = held();
        int minor = held.currency().minorUnits();
        Money toSeller =
                Money.of(held.amount().multiply(sellerShare).setScale(minor, RoundingMode.DOWN), held.currency());
        return startSettlement(toSeller, "split", PayoutLimits.none(), at);
    }

    /**
     * Settles the held money ({@link #held()}): {@code toSeller} (0 up to all of it) is paid out to the
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
        Money held = held();
        InvalidValueException.require(
                toSeller != null && toSeller.hasSameCurrencyAs(amount()) && toSeller.compareTo(held) <= 0,
                "the seller's part must be between nothing and the held " + held);
        lifecycle.payingOut(toSeller.isPositive(), refundReason);
        List<Payout> legs = new ArrayList<>(payouts.add(id(), PayoutKind.RELEASE, recipient(), toSeller, limits, at));
        legs.addAll(payouts.add(id(), PayoutKind.REFUND, payer(), held.minus(toSeller), limits, at));
        return legs;
    }

    /** What this payment has paid or is paying to the seller: its release legs that have not failed. */
    public Money toSellerSoFar() {
        return payouts.notFailed(PayoutKind.RELEASE);
    }

    /** What this payment has paid or is paying back to the payer: its refund legs that have not failed. */
    public Money toPayerSoFar() {
        return payouts.notFailed(PayoutKind.REFUND);
    }

    /** What the provider confirmed paying out of this payment by payouts of {@code kind}. */
    public Money paidOut(PayoutKind kind) {
        return payouts.confirmed(kind);
    }

    /** What is still in escrow: the amount less every payout that has not failed (paid or under way). */
    public Money held() {
        return amount().minus(toSellerSoFar()).minus(toPayerSoFar());
    }

    /** The dispatcher hands the payout to the gateway; a second hand-over is refused. */
    public void payoutSending(String payoutId) {
        lifecycle.requirePayingOut();
        payouts.sending(payoutId);
    }

    public void payoutAccepted(String payoutId, String providerId) {
        lifecycle.requirePayingOut();
        payouts.accepted(payoutId, providerId);
    }

    /**
     * Records the provider's id of a payout that has none yet, whatever its state: the provider's
     * answer can arrive after its own notification settled the payout. An id once known never changes.
     */
    public void payoutIdentified(String payoutId, String providerId) {
        payouts.identified(payoutId, providerId);
    }

    /** A query proved the provider never received the payout: it may be handed over again. */
    public void payoutNeverArrived(String payoutId) {
        lifecycle.requirePayingOut();
        payouts.neverArrived(payoutId);
    }

    /** The provider paid the payout; the payment closes when every payout is paid. */
    public void payoutConfirmed(String payoutId, Instant at) {
        payoutConfirmed(payoutId, null, at);
    }

    /**
     * The provider paid the payout, under {@code providerId} (its transaction id; null when the
     * notification does not say). The payment closes when every payout is paid.
     */
    public void payoutConfirmed(String payoutId, String providerId, Instant at) {
        lifecycle.requirePayingOut();
        payouts.confirmed(payoutId, providerId);
        settleWhenNoPayoutIsOpen(at);
    }

    /**
     * The provider refused or failed the payout: its money is back in escrow. Once no payout is in
     * flight, whatever is still held makes the payment LOCKED again, to be paid out anew.
     */
    public void payoutFailed(String payoutId, String reason) {
        lifecycle.requirePayingOut();
        payouts.failed(payoutId, reason);
        lifecycle.payoutFailed(reason);
        settleWhenNoPayoutIsOpen(null);
    }

    private void settleWhenNoPayoutIsOpen(Instant at) {
        if (!payouts.anyOpen()) {
            lifecycle.settled(held().isPositive(), paidOut(PayoutKind.RELEASE).isPositive(), at);
        }
    }

    public Optional<Payout> payout(String payoutId) {
        return payouts.find(payoutId);
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

    public PhoneNumber payer() {
        return checkout.payer();
    }

    public PhoneNumber recipient() {
        return checkout.recipient();
    }

    public Money amount() {
        return checkout.amount();
    }

    public String reference() {
        return checkout.reference();
    }

    public PaymentStatus status() {
        return lifecycle.status();
    }

    public Optional<String> providerTransactionId() {
        return Optional.ofNullable(lifecycle.providerTransactionId());
    }

    /** The provider's receipt of the collection, when it was locked with one. */
    public Optional<String> collectionReceipt() {
        return Optional.ofNullable(lifecycle.collectionReceipt());
    }

    public Instant createdAt() {
        return checkout.createdAt();
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(lifecycle.confirmedAt());
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(lifecycle.closedAt());
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(lifecycle.failureReason());
    }

    public int retryCount() {
        return checkout.retryCount();
    }

    /** The failed or expired checkout this one retries; empty for a first checkout. */
    public Optional<TransactionId> retryOf() {
        return Optional.ofNullable(checkout.retryOf());
    }

    public Map<String, String> metadata() {
        return checkout.metadata();
    }

    public List<Payout> payouts() {
        return payouts.all();
    }

    public long version() {
        return version;
    }
}
