package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("payment_payouts")
record PayoutEntity(
        @Id String id,
        String transactionId,
        int position,
        String kind,
        String recipient,
        BigDecimal amount,
        String currency,
        String state,
        @Nullable String providerId,
        int attempts,
        Instant requestedAt,
        @Nullable String failureReason) {}
