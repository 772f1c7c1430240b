package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.domain.payment.event.Handover;
import com.voicepact.domain.payment.event.PayoutHandedOver;
import java.util.Optional;

/**
 * The steps of a payout's handover as {@link PayoutHandover} learns them, each written in a transaction of its own
 * (re-read, changed, saved and recorded as a {@link PayoutHandedOver}), so a crash between two steps leaves the last one.
 */
public final class HandoverSteps {

    private static final Actor DISPATCHER = Actor.system("outbox-dispatcher");
    private final Payments payments;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final SideEffects effects;

    public HandoverSteps(Payments payments, ClockPort clock, ConflictRetry retry, SideEffects effects) {
        this.payments = payments;
        this.clock = clock;
        this.retry = retry;
        this.effects = effects;
    }

    /** Marks a REQUESTED payout SENDING and commits it; empty when it was sent, confirmed or failed already. */
    public Optional<Payout> sending(TransactionId id, String payoutId) {
        return retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            Payout payout = payment.escrow().payout(payoutId).orElseThrow();
            if (payout.state() != PayoutState.REQUESTED) {
                return Optional.<Payout>empty();
            }
            payment.escrow().payoutSending(payoutId);
            EscrowPayment saved = payments.save(payment);
            effects.record(DISPATCHER, PayoutHandedOver.of(saved, Handover.SENDING, payoutId, null, clock.now()));
            return saved.escrow().payout(payoutId);
        });
    }

    /** The provider took the payout under {@code providerId} (or already settled it: then only its id is kept). */
    void accepted(TransactionId id, String payoutId, String providerId) {
        retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            Payout payout = payment.escrow().payout(payoutId).orElseThrow();
            if (!payout.isOpen() || payout.state() == PayoutState.SENT) {
                if (payout.providerId() == null) { // its notification settled it before the provider's answer came back
                    payment.escrow().payoutIdentified(payoutId, providerId);
                    payments.save(payment);
                }
                return null;
            }
            payment.escrow().payoutAccepted(payoutId, providerId);
            payments.save(payment);
            effects.record(
                    DISPATCHER, PayoutHandedOver.of(payment, Handover.ACCEPTED, payoutId, providerId, clock.now()));
            return null;
        });
    }

    /** The provider never received the payout: it may be sent again. */
    void neverArrived(TransactionId id, String payoutId) {
        retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            payment.escrow().payoutNeverArrived(payoutId);
            payments.save(payment);
            effects.record(
                    DISPATCHER, PayoutHandedOver.of(payment, Handover.NOT_RECEIVED, payoutId, null, clock.now()));
            return null;
        });
    }

    private EscrowPayment load(TransactionId id) {
        return payments.findById(id).orElseThrow();
    }
}
