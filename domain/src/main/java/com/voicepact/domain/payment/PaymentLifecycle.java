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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The status of one {@link EscrowPayment} and what its collection left: the provider's ids, when the money was
 * confirmed and when the payment closed, and why it failed. The collection moves PENDING to LOCKED, FAILED or EXPIRED;
 * a late success is still locked. Paying out moves LOCKED to RELEASING or REFUNDING and, once no payout is open, back
 * to LOCKED or on to RELEASED or REFUNDED. Every refusal is a {@link PaymentTransitionException}. Read-only outside
 * this package: only its payment moves it.
 */
public final class PaymentLifecycle {

    private final TransactionId payment;
    private PaymentStatus status;
    private String providerTransactionId;
    private String collectionReceipt;
    private Instant confirmedAt;
    private Instant closedAt;
    private String failureReason;

    private PaymentLifecycle(
            TransactionId payment,
            PaymentStatus status,
            String providerTransactionId,
            String collectionReceipt,
            Instant confirmedAt,
            Instant closedAt,
            String failureReason) {
        this.payment = payment;
        this.status = status;
        this.providerTransactionId = providerTransactionId;
        this.collectionReceipt = collectionReceipt;
        this.confirmedAt = confirmedAt;
        this.closedAt = closedAt;
        this.failureReason = failureReason;
    }

    static PaymentLifecycle pending(TransactionId payment) {
        return new PaymentLifecycle(payment, PENDING, null, null, null, null, null);
    }

    static PaymentLifecycle of(EscrowPaymentSnapshot s) {
        return new PaymentLifecycle(
                s.id(),
                s.status(),
                s.providerTransactionId(),
                s.collectionReceipt(),
                s.confirmedAt(),
                s.closedAt(),
                s.failureReason());
    }

    // ---- collection ----

    void checkoutAccepted(String providerTxId) {
        require(EnumSet.of(PENDING), "only a pending checkout is accepted by the provider");
        InvalidValueException.require(
                providerTxId != null && !providerTxId.isBlank(), "provider transaction id is required");
        this.providerTransactionId = providerTxId.strip();
    }

    /** @throws ProviderMismatchException when {@code received} is not the {@code expected} amount and currency */
    void lock(Money expected, Money received, String receipt, Instant at) {
        require(EnumSet.of(PENDING, FAILED, EXPIRED), "the money is already held or gone");
        if (!received.equals(expected)) {
            throw new ProviderMismatchException(
                    "payment " + payment + " expects " + expected + " but the provider reports " + received);
        }
        status = LOCKED;
        confirmedAt = at;
        failureReason = null;
        collectionReceipt = PayoutLegs.blankToNull(receipt);
    }

    void fail(String reason, Instant at) {
        require(EnumSet.of(PENDING), "only a pending checkout can fail");
        status = FAILED;
        failureReason = reason == null || reason.isBlank() ? "Failed" : reason.strip();
        closedAt = at;
    }

    void expire(Instant at) {
        require(EnumSet.of(PENDING), "only a pending checkout can expire");
        status = EXPIRED;
        failureReason = "no confirmation within the checkout window";
        closedAt = at;
    }

    // ---- money out ----

    void requireLocked() {
        require(EnumSet.of(LOCKED), "only locked money can be paid out");
    }

    void requirePayingOut() {
        require(PaymentStatus.PAYING_OUT, "no payout is in progress");
    }

    /** RELEASING when the seller gets anything, else REFUNDING, keeping {@code refundReason} as the reason. */
    void payingOut(boolean toSeller, String refundReason) {
        status = toSeller ? RELEASING : REFUNDING;
        if (!toSeller) {
            failureReason = refundReason;
        }
    }

    void payoutFailed(String reason) {
        failureReason = "payout failed: " + reason;
    }

    /** No payout open: LOCKED while anything is held, else RELEASED when anything reached the seller, else REFUNDED. */
    void settled(boolean stillHeld, boolean paidTheSeller, Instant at) {
        if (stillHeld) {
            status = LOCKED;
            return;
        }
        status = paidTheSeller ? RELEASED : REFUNDED;
        closedAt = at;
    }

    private void require(Set<PaymentStatus> allowed, String reason) {
        if (!allowed.contains(status)) {
            throw new PaymentTransitionException(payment, status, reason);
        }
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<String> providerTransactionId() {
        return Optional.ofNullable(providerTransactionId);
    }

    /** The provider's receipt of the collection, when it was locked with one. */
    public Optional<String> collectionReceipt() {
        return Optional.ofNullable(collectionReceipt);
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }
}
