package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Optional;

/**
 * Client idempotency keys of checkouts (the {@code Idempotency-Key} header, IETF
 * draft-ietf-httpapi-idempotency-key-header): the payment each key's first request created, what
 * that request asked, and the answer it was given once the provider had answered, so that a repeat
 * gets the same answer.
 */
public interface IdempotencyKeys {

    /** What the first answer to a key was: the checkout sent (with the provider's words), or refused, or not sent. */
    enum AnswerKind {
        ACCEPTED,
        REFUSED,
        PROVIDER_UNAVAILABLE
    }

    /** @param refusal the provider's reason category when {@code kind} is REFUSED, otherwise null */
    record FirstAnswer(AnswerKind kind, String description, FailureReason refusal) {}

    /**
     * @param request  what the first request asked (contract, payer, amount) (null for keys kept before it was stored)
     * @param answer   empty while the first request is still waiting for the provider
     * @param keptAt   when the key was taken
     */
    record KeyedCheckout(
            String key, TransactionId payment, String request, Optional<FirstAnswer> answer, Instant keptAt) {}

    Optional<KeyedCheckout> find(String key);

    /**
     * Takes the key for a new payment, in the unit of work that records the payment.
     *
     * @throws ConcurrentUpdateException when the key is taken
     */
    void remember(String key, TransactionId payment, String request, Instant at);

    /** Keeps the first answer of the key's request; a second call for the same key changes nothing. */
    void answered(String key, FirstAnswer answer);
}
