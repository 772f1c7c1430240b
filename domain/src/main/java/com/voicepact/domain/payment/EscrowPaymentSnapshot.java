package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every stored field of an escrow payment; the persistence mapper's way in and out. {@code collectionReceipt}: the
 * provider's receipt of the collection (M-Pesa's {@code MpesaReceiptNumber}), null until it is locked with one.
 * {@code retryOf}: the failed or expired payment this checkout retries, null for a first checkout.
 */
public record EscrowPaymentSnapshot(
        TransactionId id,
        ContractId contractId,
        PhoneNumber payer,
        PhoneNumber recipient,
        Money amount,
        String reference,
        PaymentStatus status,
        String providerTransactionId,
        Instant createdAt,
        Instant confirmedAt,
        Instant closedAt,
        String failureReason,
        int retryCount,
        Map<String, String> metadata,
        List<Payout> payouts,
        long version,
        String collectionReceipt,
        TransactionId retryOf) {}
