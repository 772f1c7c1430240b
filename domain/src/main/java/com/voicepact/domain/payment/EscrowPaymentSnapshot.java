package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every stored field of an escrow payment; the persistence mapper's way in and out. */
public record EscrowPaymentSnapshot(TransactionId id, ContractId contractId, PhoneNumber payer, PhoneNumber recipient,
                                    Money amount, String reference, PaymentStatus status, String providerTransactionId,
                                    Instant createdAt, Instant confirmedAt, Instant closedAt, String failureReason,
                                    int retryCount, Map<String, String> metadata, List<Payout> payouts, long version) {
}
