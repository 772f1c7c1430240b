package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("payments")
record PaymentEntity(
        @Id String transactionId,
        @Version Long version,
        String contractId,
        String payer,
        String recipient,
        BigDecimal amount,
        String currency,
        String reference,
        String status,
        @Nullable String providerTransactionId,
        Instant createdAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant closedAt,
        @Nullable String failureReason,
        int retryCount,
        String metadata,
        @Nullable String collectionReceipt,
        @Nullable String retryOf) {}
