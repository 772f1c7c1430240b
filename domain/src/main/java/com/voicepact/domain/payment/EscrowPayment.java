package com.voicepact.domain.payment;

import static com.voicepact.domain.payment.PaymentStatus.EXPIRED;
import static com.voicepact.domain.payment.PaymentStatus.FAILED;
import static com.voicepact.domain.payment.PaymentStatus.LOCKED;
import static com.voicepact.domain.payment.PaymentStatus.PENDING;
import static com.voicepact.domain.payment.PaymentStatus.REFUNDED;
import static com.voicepact.domain.payment.PaymentStatus.REFUNDING;
import static com.voicepact.domain.payment.PaymentStatus.RELEASED;
import static com.voicepact.domain.payment.PaymentStatus.RELEASING;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The buyer's money for one checkout, from the STK push to the payout. Money leaves escrow only
 * through payouts; a payout failure puts the money back to LOCKED; nothing moves twice.
 */
public final class EscrowPayment {

    private final TransactionId id;
    private final ContractId contractId;
    private final PhoneNumber payer;
    private final PhoneNumber recipient;
    private final Money amount;
    private final String reference;
    private PaymentStatus status;
    private String providerTransactionId;
    private String collectionReceipt;
    private final Instant createdAt;
    private Instant confirmedAt;
    private Instant closedAt;
    private String failureReason;
    private final int retryCount;
    private final TransactionId retryOf;
    private final Map<String, String> metadata;
    private final PayoutLegs payouts;
    private final long version;

    private EscrowPayment(EscrowPaymentSnapshot s) {
        this.id = s.id();
        this.contractId = s.contractId();
        this.payer = s.payer();
        this.recipient = s.recipient();
        this.amount = s.amount();
        this.reference = s.reference();
        this.status = s.status();
        this.providerTransactionId = s.providerTransactionId();
        this.collectionReceipt = s.collectionReceipt();
        this.createdAt = s.createdAt();
        this.confirmedAt = s.confirmedAt();
        this.closedAt = s.closedAt();
        this.failureReason = s.failureReason();
        this.retryCount = s.retryCount();
        this.retryOf = s.retryOf();
        this.metadata = Map.copyOf(s.metadata());
        this.payouts = new PayoutLegs(s.payouts(), Money.zero(s.amount().currency()),
                reason -> new PaymentTransitionException(id, status, reason));
        this.version = s.version();
    }

    /** A checkout about to be sent: the buyer pays {@code amount} into escrow for the seller. */
    public static EscrowPayment create(TransactionId id, PhoneNumber payer, PhoneNumber recipient, Money amount,
                                       String reference, Map<String, String> metadata, int retryCount, Instant at) {
        return create(id, payer, recipient, amount, reference, metadata, retryCount, null, at);
    }

    /** As {@link #create}, retrying the checkout {@code retryOf} (null: a first checkout), the {@code retryCount}th retry. */
    public static EscrowPayment create(TransactionId id, PhoneNumber payer, PhoneNumber recipient, Money amount,
                                       String reference, Map<String, String> metadata, int retryCount, TransactionId retryOf,
                                       Instant at) {
        InvalidValueException.require(id != null && payer != null && recipient != null && at != null, "payment fields are required");
        InvalidValueException.require(amount != null && amount.isPositive(), "a payment amount must be positive");
        InvalidValueException.require(reference != null && reference.matches("[0-9A-F]{12}"), "payment reference must be 12 hex digits");
        InvalidValueException.require(metadata == null || metadata.size() <= 20, "at most 20 metadata entries");
        return new EscrowPayment(new EscrowPaymentSnapshot(id, id.contractId(), payer, recipient, amount, reference, PENDING,
                null, at, null, null, null, retryCount, metadata == null ? Map.of() : metadata, List.of(), 0, null, retryOf));
    }

    public static EscrowPayment reconstitute(EscrowPaymentSnapshot snapshot) {
        return new EscrowPayment(snapshot);
    }

    // ---- checkout ----

    public void checkoutAccepted(String providerTxId) {
        requireStatus(EnumSet.of(PENDING), "only a pending checkout is accepted by the provider");
        InvalidValueException.require(providerTxId != null && !providerTxId.isBlank(), "provider transaction id is required");
        this.providerTransactionId = providerTxId.strip();
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
        requireStatus(EnumSet.of(PENDING, FAILED, EXPIRED), "the money is already held or gone");
        if (!received.equals(amount)) {
            throw new ProviderMismatchException("payment " + id + " expects " + amount + " but the provider reports " + received);
        }
        status = LOCKED;
        confirmedAt = at;
        failureReason = null;
        collectionReceipt = PayoutLegs.blankToNull(receipt);
    }

    /** A failure after the money was locked does not unlock it: it is refused. */
    public void fail(String reason, Instant at) {
        requireStatus(EnumSet.of(PENDING), "only a pending checkout can fail");
        status = FAILED;
        failureReason = reason == null || reason.isBlank() ? "Failed" : reason.strip();
        closedAt = at;
    }

    public void expire(Instant at) {
        requireStatus(EnumSet.of(PENDING), "only a pending checkout can expire");
        status = EXPIRED;
        failureReason = "no confirmation within the checkout window";
        closedAt = at;
    }

    // ---- money out ----

    public Payout startRelease(Instant at) {
        return startSettlement(held(), null, at).get(0);
    }

    public Payout startRefund(String reason, Instant at) {
        return startSettlement(Money.zero(amount.currency()), reason, at).get(0);
    }

    /** Splits the held amount: the seller's share (rounded down to the minor unit) and the rest back to the buyer. */
    public List<Payout> startSplit(BigDecimal sellerShare, Instant at) {
        InvalidValueException.require(sellerShare != null && sellerShare.signum() > 0 && sellerShare.compareTo(BigDecimal.ONE) < 0,
                "seller share must be strictly between 0 and 1");
        Money held = held();
        return startSettlement(Money.of(held.amount().multiply(sellerShare)
                .setScale(held.currency().minorUnits(), RoundingMode.DOWN), held.currency()), "split", at);
    }

    /**
     * Settles the held money ({@link #held()}): {@code toSeller} (0 up to all of it) is paid out to the
     * seller, the rest goes back to the payer. The payment is RELEASING when the seller gets anything,
     * REFUNDING otherwise.
     *
     * @param refundReason why the payer's part goes back (kept as the payment's reason when it is all refunded)
     * @throws PaymentTransitionException when the money is not LOCKED
     * @throws InvalidValueException when {@code toSeller} is negative, in another currency or above the amount
     */
    public List<Payout> startSettlement(Money toSeller, String refundReason, Instant at) {
        return startSettlement(toSeller, refundReason, PayoutLimits.none(), at);
    }

    /**
     * As {@link #startSettlement(Money, String, Instant)}, each leg paid in as many payouts as {@code limits} require
     * ({@link PayoutLimits#split}): every payout has its own id, is sent once and settles on its own; a failed one puts
     * only its own money back in escrow.
     */
    public List<Payout> startSettlement(Money toSeller, String refundReason, PayoutLimits limits, Instant at) {
        requireStatus(EnumSet.of(LOCKED), "only locked money can be paid out");
        Money held = held();
        InvalidValueException.require(toSeller != null && toSeller.hasSameCurrencyAs(amount) && toSeller.compareTo(held) <= 0,
                "the seller's part must be between nothing and the held " + held);
        Money toPayer = held.minus(toSeller);
        status = toSeller.isPositive() ? RELEASING : REFUNDING;
        if (!toSeller.isPositive()) {
            failureReason = refundReason;
        }
        List<Payout> legs = new ArrayList<>(payouts.add(id, PayoutKind.RELEASE, recipient, toSeller, limits, at));
        legs.addAll(payouts.add(id, PayoutKind.REFUND, payer, toPayer, limits, at));
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

    /** The dispatcher hands the payout to the gateway; a second hand-over is refused. */
    public void payoutSending(String payoutId) {
        requirePayingOut();
        payouts.sending(payoutId);
    }

    public void payoutAccepted(String payoutId, String providerId) {
        requirePayingOut();
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
        requirePayingOut();
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
        requirePayingOut();
        payouts.confirmed(payoutId, providerId);
        settleWhenNoPayoutIsOpen(at);
    }

    /**
     * The provider refused or failed the payout: its money is back in escrow. Once no payout is in
     * flight, whatever is still held makes the payment LOCKED again, to be paid out anew.
     */
    public void payoutFailed(String payoutId, String reason) {
        requirePayingOut();
        payouts.failed(payoutId, reason);
        failureReason = "payout failed: " + reason;
        settleWhenNoPayoutIsOpen(null);
    }

    /** Nothing held: RELEASED when anything reached the seller, else REFUNDED. Something held: LOCKED. */
    private void settleWhenNoPayoutIsOpen(Instant at) {
        if (payouts.anyOpen()) {
            return;
        }
        if (held().isPositive()) {
            status = LOCKED;
            return;
        }
        status = paidOut(PayoutKind.RELEASE).isPositive() ? RELEASED : REFUNDED;
        closedAt = at;
    }

    /** What is still in escrow: the amount less every payout that has not failed (paid or under way). */
    public Money held() {
        return amount.minus(toSellerSoFar()).minus(toPayerSoFar());
    }

    private void requirePayingOut() {
        requireStatus(PaymentStatus.PAYING_OUT, "no payout is in progress");
    }

    private void requireStatus(Set<PaymentStatus> allowed, String reason) {
        if (!allowed.contains(status)) {
            throw new PaymentTransitionException(id, status, reason);
        }
    }

    public Optional<Payout> payout(String payoutId) {
        return payouts.find(payoutId);
    }

    public EscrowPaymentSnapshot snapshot() {
        return new EscrowPaymentSnapshot(id, contractId, payer, recipient, amount, reference, status, providerTransactionId,
                createdAt, confirmedAt, closedAt, failureReason, retryCount, metadata, payouts.all(), version, collectionReceipt,
                retryOf);
    }

    public TransactionId id() { return id; }
    public ContractId contractId() { return contractId; }
    public PhoneNumber payer() { return payer; }
    public PhoneNumber recipient() { return recipient; }
    public Money amount() { return amount; }
    public String reference() { return reference; }
    public PaymentStatus status() { return status; }
    public Optional<String> providerTransactionId() { return Optional.ofNullable(providerTransactionId); }
    /** The provider's receipt of the collection, when it was locked with one. */
    public Optional<String> collectionReceipt() { return Optional.ofNullable(collectionReceipt); }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> confirmedAt() { return Optional.ofNullable(confirmedAt); }
    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
    public Optional<String> failureReason() { return Optional.ofNullable(failureReason); }
    public int retryCount() { return retryCount; }
    /** The failed or expired checkout this one retries; empty for a first checkout. */
    public Optional<TransactionId> retryOf() { return Optional.ofNullable(retryOf); }
    public Map<String, String> metadata() { return metadata; }
    public List<Payout> payouts() { return payouts.all(); }
    public long version() { return version; }
}
