package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutInProgressException;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.in.IdempotencyKeyReusedException;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.AnswerKind;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.FirstAnswer;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.KeyedCheckout;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * A checkout's {@code Idempotency-Key}: a repeat gets the first request's answer again (the same checkout, or the same
 * refusal), another request under the same key is refused, and a key still waiting for the provider says so.
 */
public final class CheckoutIdempotency {

    /** Longer than any provider call may take: a key unanswered for longer lost its request to a crash. */
    private static final Duration IN_PROGRESS_AT_MOST = Duration.ofMinutes(2);

    static final String NO_ANSWER_YET = "no answer from the provider yet; the payment is checked again shortly";

    private final IdempotencyKeys keys;
    private final Payments payments;
    private final ClockPort clock;
    private final ConflictRetry retry;

    public CheckoutIdempotency(IdempotencyKeys keys, Payments payments, ClockPort clock, ConflictRetry retry) {
        this.keys = keys;
        this.payments = payments;
        this.clock = clock;
        this.retry = retry;
    }

    /**
     * The answer the key's first request was given, again: the same checkout, or the same refusal.
     *
     * @throws IdempotencyKeyReusedException when the key came with another contract, payer or amount
     * @throws CheckoutInProgressException while the first request still waits for the provider
     */
    public Optional<CheckoutResult> firstAnswer(CheckoutCommand command) {
        Optional<KeyedCheckout> keyed =
                command.idempotencyKey() == null ? Optional.empty() : keys.find(command.idempotencyKey());
        if (keyed.isEmpty()) {
            return Optional.empty();
        }
        KeyedCheckout first = keyed.get();
        if (first.request() != null && !first.request().equals(requestOf(command))) {
            throw new IdempotencyKeyReusedException(first.key());
        }
        EscrowPayment payment = payments.findById(first.payment()).orElseThrow();
        FirstAnswer answer = first.answer().orElseGet(() -> answerOfAnUnansweredKey(first, payment));
        return Optional.of(
                switch (answer.kind()) {
                    case ACCEPTED -> new CheckoutResult(payment, answer.description(), true);
                    case REFUSED -> throw new CheckoutRefusedException(answer.refusal(), answer.description());
                    case PROVIDER_UNAVAILABLE ->
                        throw new PaymentProviderUnavailableException(answer.description(), null);
                });
    }

    /**
     * A key without an answer is in progress, unless the request that took it died before the provider
     * answered (a crash): then the payment stands as sent, and the stale-checkout job settles it.
     */
    private FirstAnswer answerOfAnUnansweredKey(KeyedCheckout first, EscrowPayment payment) {
        boolean stillRunning = first.keptAt().plus(IN_PROGRESS_AT_MOST).isAfter(clock.now());
        if (stillRunning && payment.status() == PaymentStatus.PENDING) {
            throw new CheckoutInProgressException(first.key());
        }
        return new FirstAnswer(AnswerKind.ACCEPTED, NO_ANSWER_YET, null);
    }

    /** What a checkout asks, to tell a repeat from another request under the same key. */
    public static String requestOf(CheckoutCommand command) {
        return command.contractId().value() + "|" + command.payer().e164() + "|" + command.amount();
    }

    /** Keeps {@code answer} as the key's first answer, in a unit of work of its own; nothing when there is no key. */
    void keep(String key, FirstAnswer answer) {
        if (key != null) {
            retry.inTransaction(() -> {
                answered(key, answer);
                return null;
            });
        }
    }

    /** Keeps {@code answer} as the key's first answer, inside the caller's unit of work; nothing when there is no key. */
    void answered(String key, FirstAnswer answer) {
        if (key != null) {
            keys.answered(key, answer);
        }
    }

    /** The payment the key's first request recorded, if the key was used; empty for no key. */
    public Optional<EscrowPayment> paymentOf(String key) {
        return key == null
                ? Optional.empty()
                : keys.find(key).map(first -> payments.findById(first.payment()).orElseThrow());
    }

    /** Remembers the command's key (if any) for the payment {@code id}, with what the request asked. */
    public void remember(CheckoutCommand command, com.voicepact.domain.payment.TransactionId id) {
        if (command.idempotencyKey() != null) {
            keys.remember(command.idempotencyKey(), id, requestOf(command), clock.now());
        }
    }
}
