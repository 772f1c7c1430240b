package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a checkout asked for, fixed once it is sent: the payer pays {@code amount} into escrow for {@code recipient}
 * (the seller) under {@code reference} (12 hex digits); {@code retried} is the failed or expired checkout it retries
 * (null for a first checkout; see {@link #retryOf()}), {@code retryCount} which retry it is.
 */
public record CheckoutRequest(
        TransactionId id,
        ContractId contractId,
        PhoneNumber payer,
        PhoneNumber recipient,
        Money amount,
        String reference,
        Instant createdAt,
        int retryCount,
        TransactionId retried,
        Map<String, String> metadata) {

    public CheckoutRequest {
        metadata = Map.copyOf(metadata);
    }

    /** The failed or expired checkout this one retries; empty for a first checkout. */
    public Optional<TransactionId> retryOf() {
        return Optional.ofNullable(retried);
    }

    /**
     * A new checkout, checked.
     *
     * @throws InvalidValueException without ids, payer, recipient or time, with an amount not positive, a reference not 12
     *     hex digits or more than 20 metadata entries
     */
    static CheckoutRequest requested(
            TransactionId id,
            PhoneNumber payer,
            PhoneNumber recipient,
            Money amount,
            String reference,
            Map<String, String> metadata,
            int retryCount,
            TransactionId retryOf,
            Instant at) {
        InvalidValueException.require(
                id != null && payer != null && recipient != null && at != null, "payment fields are required");
        InvalidValueException.require(amount != null && amount.isPositive(), "a payment amount must be positive");
        InvalidValueException.require(
                reference != null && reference.matches("[0-9A-F]{12}"), "payment reference must be 12 hex digits");
        InvalidValueException.require(metadata == null || metadata.size() <= 20, "at most 20 metadata entries");
        return new CheckoutRequest(
                id,
                id.contractId(),
                payer,
                recipient,
                amount,
                reference,
                at,
                retryCount,
                retryOf,
                metadata == null ? Map.of() : metadata);
    }

    /** The stored checkout; trusted as stored. */
    static CheckoutRequest of(EscrowPaymentSnapshot s) {
        return new CheckoutRequest(
                s.id(),
                s.contractId(),
                s.payer(),
                s.recipient(),
                s.amount(),
                s.reference(),
                s.createdAt(),
                s.retryCount(),
                s.retryOf(),
                s.metadata());
    }

    /** This checkout with the state its payment reached: every stored field, for the persistence mapper. */
    EscrowPaymentSnapshot snapshot(PaymentLifecycle lifecycle, List<Payout> payouts, long version) {
        return new EscrowPaymentSnapshot(
                id,
                contractId,
                payer,
                recipient,
                amount,
                reference,
                lifecycle.status(),
                lifecycle.providerTransactionId().orElse(null),
                createdAt,
                lifecycle.confirmedAt().orElse(null),
                lifecycle.closedAt().orElse(null),
                lifecycle.failureReason().orElse(null),
                retryCount,
                metadata,
                payouts,
                version,
                lifecycle.collectionReceipt().orElse(null),
                retried);
    }
}
