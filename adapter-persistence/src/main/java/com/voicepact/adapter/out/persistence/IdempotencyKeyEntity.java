package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code idempotency_keys}: the answer columns stay null until the provider answered the first request. */
@MappedEntity("idempotency_keys")
record IdempotencyKeyEntity(
        @Id String idemKey,
        String transactionId,
        Instant createdAt,
        @Nullable String requestSummary,
        @Nullable String answerKind,
        @Nullable String answerDescription,
        @Nullable String answerRefusal) {}
