package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The payouts of one {@link EscrowPayment} and each one's own state machine (REQUESTED, SENDING, SENT, then CONFIRMED or
 * FAILED). The payment decides its own status from them; a refusal is its {@link PaymentTransitionException}, made by
 * {@code refusal} from the reason.
 */
final class PayoutLegs {

    private final List<Payout> legs;
    private final Money zero;
    private final Function<String, PaymentTransitionException> refusal;

    PayoutLegs(List<Payout> legs, Money zero, Function<String, PaymentTransitionException> refusal) {
        this.legs = new ArrayList<>(legs);
        this.zero = zero;
        this.refusal = refusal;
    }

    /**
     * New REQUESTED legs paying {@code value} to {@code to}, as many as {@code limits} require (none for nothing), each numbered
     * after the legs so far ({@code <payment id>-P<n>}).
     */
    List<Payout> add(
            TransactionId payment, PayoutKind kind, PhoneNumber to, Money value, PayoutLimits limits, Instant at) {
        List<Payout> added = new ArrayList<>();
        if (value.isPositive()) {
            for (Money part : limits.split(value)) {
                Payout payout = Payout.requested(payment.value() + "-P" + (legs.size() + 1), kind, to, part, at);
                legs.add(payout);
                added.add(payout);
            }
        }
        return added;
    }

    /** The dispatcher hands the leg to the gateway; a second hand-over is refused. */
    void sending(String payoutId) {
        Payout payout = requireOpen(payoutId);
        if (payout.state() != PayoutState.REQUESTED) {
            throw refusal.apply("payout " + payoutId + " is already " + payout.state());
        }
        replace(payout.withState(PayoutState.SENDING, null, payout.attempts() + 1, null));
    }

    void accepted(String payoutId, String providerId) {
        Payout payout = requireOpen(payoutId);
        replace(payout.withState(PayoutState.SENT, providerId, payout.attempts(), null));
    }

    /** Records the provider's id of a leg that has none yet, whatever its state; an id once known never changes. */
    void identified(String payoutId, String providerId) {
        Payout payout = find(payoutId).orElseThrow(() -> refusal.apply("unknown payout " + payoutId));
        if (payout.providerId() == null && blankToNull(providerId) != null) {
            replace(payout.withState(payout.state(), providerId.strip(), payout.attempts(), payout.failureReason()));
        }
    }

    /** A query proved the provider never received the leg: it may be handed over again. */
    void neverArrived(String payoutId) {
        Payout payout = requireOpen(payoutId);
        if (payout.state() != PayoutState.SENDING) {
            throw refusal.apply("payout " + payoutId + " is " + payout.state() + ", not in flight");
        }
        replace(payout.withState(PayoutState.REQUESTED, null, payout.attempts(), null));
    }

    /** The provider paid the leg, under its own id (the one known first is kept). */
    void confirmed(String payoutId, String providerId) {
        Payout payout = requireOpen(payoutId);
        String known = payout.providerId() != null ? payout.providerId() : blankToNull(providerId);
        replace(payout.withState(PayoutState.CONFIRMED, known, payout.attempts(), null));
    }

    void failed(String payoutId, String reason) {
        Payout payout = requireOpen(payoutId);
        replace(payout.withState(PayoutState.FAILED, payout.providerId(), payout.attempts(), reason));
    }

    /** The legs of {@code kind} that have not failed (paid or under way). */
    Money notFailed(PayoutKind kind) {
        return sum(kind, p -> p.state() != PayoutState.FAILED);
    }

    /** The legs of {@code kind} the provider confirmed. */
    Money confirmed(PayoutKind kind) {
        return sum(kind, p -> p.state() == PayoutState.CONFIRMED);
    }

    boolean anyOpen() {
        return legs.stream().anyMatch(Payout::isOpen);
    }

    Optional<Payout> find(String payoutId) {
        return legs.stream().filter(p -> p.id().equals(payoutId)).findFirst();
    }

    List<Payout> all() {
        return List.copyOf(legs);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Payout requireOpen(String payoutId) {
        Payout payout = find(payoutId).orElseThrow(() -> refusal.apply("unknown payout " + payoutId));
        if (!payout.isOpen()) {
            throw refusal.apply("payout " + payoutId + " is already " + payout.state());
        }
        return payout;
    }

    private Money sum(PayoutKind kind, Predicate<Payout> counted) {
        Money sum = zero;
        for (Payout p : legs) {
            if (p.kind() == kind && counted.test(p)) {
                sum = sum.plus(p.amount());
            }
        }
        return sum;
    }

    private void replace(Payout updated) {
        legs.replaceAll(p -> p.id().equals(updated.id()) ? updated : p);
    }
}
