package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * The money one {@link EscrowPayment} holds and its payouts on the way out: what is still held, what went to each side,
 * and the provider's word on each payout. Owned by its payment: every change checks that a payout is in progress
 * ({@link PaymentTransitionException} otherwise) and, once no payout is open, settles the payment's status.
 */
public final class PaymentEscrow {

    private final Money amount;
    private final PaymentLifecycle lifecycle;
    private final PayoutLegs legs;

    PaymentEscrow(Money amount, PaymentLifecycle lifecycle, PayoutLegs legs) {
        this.amount = amount;
        this.lifecycle = lifecycle;
        this.legs = legs;
    }

    /** What this payment has paid or is paying to the seller: its release legs that have not failed. */
    public Money toSellerSoFar() {
        return legs.notFailed(PayoutKind.RELEASE);
    }

    /** What this payment has paid or is paying back to the payer: its refund legs that have not failed. */
    public Money toPayerSoFar() {
        return legs.notFailed(PayoutKind.REFUND);
    }

    /** What the provider confirmed paying out of this payment by payouts of {@code kind}. */
    public Money paidOut(PayoutKind kind) {
        return legs.confirmed(kind);
    }

    /** What is still in escrow: the amount less every payout that has not failed (paid or under way). */
    public Money held() {
        return amount.minus(toSellerSoFar()).minus(toPayerSoFar());
    }

    public Optional<Payout> payout(String payoutId) {
        return legs.find(payoutId);
    }

    /** The dispatcher hands the payout to the gateway; a second hand-over is refused. */
    public void payoutSending(String payoutId) {
        lifecycle.requirePayingOut();
        legs.sending(payoutId);
    }

    public void payoutAccepted(String payoutId, String providerId) {
        lifecycle.requirePayingOut();
        legs.accepted(payoutId, providerId);
    }

    /**
     * Records the provider's id of a payout that has none yet, whatever its state: the provider's
     * answer can arrive after its own notification settled the payout. An id once known never changes.
     */
    public void payoutIdentified(String payoutId, String providerId) {
        legs.identified(payoutId, providerId);
    }

    /** A query proved the provider never received the payout: it may be handed over again. */
    public void payoutNeverArrived(String payoutId) {
        lifecycle.requirePayingOut();
        legs.neverArrived(payoutId);
    }

    /**
     * The provider paid the payout, under {@code providerId} (its transaction id; null when the
     * notification does not say). The payment closes when every payout is paid.
     */
    public void payoutConfirmed(String payoutId, String providerId, Instant at) {
        lifecycle.requirePayingOut();
        legs.confirmed(payoutId, providerId);
        settleWhenNoPayoutIsOpen(at);
    }

    /**
     * The provider refused or failed the payout: its money is back in escrow. Once no payout is in
     * flight, whatever is still held makes the payment LOCKED again, to be paid out anew.
     */
    public void payoutFailed(String payoutId, String reason) {
        lifecycle.requirePayingOut();
        legs.failed(payoutId, reason);
        lifecycle.payoutFailed(reason);
        settleWhenNoPayoutIsOpen(null);
    }

    private void settleWhenNoPayoutIsOpen(Instant at) {
        if (!legs.anyOpen()) {
            lifecycle.settled(held().isPositive(), paidOut(PayoutKind.RELEASE).isPositive(), at);
        }
    }
}
