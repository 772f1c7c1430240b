package com.voicepact.application.escrow;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.AnswerKind;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.FirstAnswer;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;

/**
 * The second and third steps of a checkout: sends the STK push of a recorded PENDING payment outside
 * any transaction, then records the provider's answer on the payment and as its key's first answer.
 */
public final class ProviderCheckout {

    private static final String NO_ANSWER_YET = CheckoutIdempotency.NO_ANSWER_YET;

    private final Payments payments;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final PaymentGatewayPort gateway;
    private final CheckoutIdempotency keys;

    public ProviderCheckout(
            Payments payments,
            ClockPort clock,
            AuditTrail audit,
            EscrowMoves moves,
            ConflictRetry retry,
            PaymentGatewayPort gateway,
            CheckoutIdempotency keys) {
        this.payments = payments;
        this.clock = clock;
        this.audit = audit;
        this.moves = moves;
        this.retry = retry;
        this.gateway = gateway;
        this.keys = keys;
    }

    /**
     * Sends the checkout of {@code payment} (recorded under idempotency {@code key}). An ambiguous failure leaves it PENDING
     * ("no answer yet"); throws {@link PaymentProviderUnavailableException} when the provider could not be reached and
     * {@link CheckoutRefusedException} when it refused.
     */
    public CheckoutResult send(EscrowPayment payment, Actor actor, String key) {
        GatewayAnswer answer;
        try {
            answer = gateway.collect(new CollectionRequest(
                    payment.checkout().payer(),
                    payment.amount(),
                    payment.checkout().reference(),
                    payment.checkout().metadata()));
        } catch (GatewayException e) {
            if (e.ambiguous()) {
                keys.keep(key, new FirstAnswer(AnswerKind.ACCEPTED, NO_ANSWER_YET, null));
                return new CheckoutResult(payment, NO_ANSWER_YET, false);
            }
            String reason = "payment provider unavailable: " + e.getMessage();
            recordOutcome(
                    payment, actor, null, reason, key, new FirstAnswer(AnswerKind.PROVIDER_UNAVAILABLE, reason, null));
            throw new PaymentProviderUnavailableException(reason, e);
        }
        if (answer instanceof GatewayAnswer.Refused refused) {
            recordOutcome(
                    payment,
                    actor,
                    null,
                    refused.description(),
                    key,
                    new FirstAnswer(AnswerKind.REFUSED, refused.description(), refused.reason()));
            throw new CheckoutRefusedException(refused.reason(), refused.description());
        }
        GatewayAnswer.Accepted accepted = (GatewayAnswer.Accepted) answer;
        try {
            EscrowPayment recorded = recordOutcome(
                    payment,
                    actor,
                    accepted.providerReference(),
                    null,
                    key,
                    new FirstAnswer(AnswerKind.ACCEPTED, accepted.description(), null));
            return new CheckoutResult(recorded, accepted.description(), false);
        } catch (ConcurrentUpdateException lostEveryRace) {
            // The push is out and the payer may pay: not a failure. Answered as a lost answer is (the payment stays
            // PENDING; its result, or the stale-checkout job's query, settles it by our transaction id).
            keys.keep(key, new FirstAnswer(AnswerKind.ACCEPTED, NO_ANSWER_YET, null));
            return new CheckoutResult(payment, NO_ANSWER_YET, false);
        }
    }

    /** Records the provider's answer on the payment, and as the key's first answer, in one unit of work. */
    private EscrowPayment recordOutcome(
            EscrowPayment sent, Actor actor, String providerId, String failure, String key, FirstAnswer first) {
        return retry.inTransaction(() -> {
            keys.answered(key, first);
            EscrowPayment payment = payments.findById(sent.id()).orElseThrow();
            if (payment.status() != PaymentStatus.PENDING) {
                return payment; // the notification arrived before the provider's answer did
            }
            if (providerId != null) {
                payment.checkoutAccepted(providerId);
            } else {
                payment.fail(failure, clock.now());
            }
            EscrowPayment saved = payments.save(payment);
            audit.change(
                    actor,
                    providerId != null ? AuditAction.CHECKOUT_ACCEPTED : AuditAction.CHECKOUT_FAILED,
                    saved.id().value(),
                    "PENDING",
                    saved.status().name(),
                    providerId != null ? "provider_transaction_id=" + providerId : failure);
            if (first.kind()
                    == AnswerKind
                            .REFUSED) { // the provider refused it: the payer learns why (not when it was unreachable)
                moves.notices().checkoutFailed(saved, first.refusal());
            }
            return saved;
        });
    }
}
