package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("outbox_messages")
record OutboxEntity(
        @Id String messageKey,
        String kind,
        String payload,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant leaseUntil,
        @Nullable String lastError,
        @Nullable String requestId) {}
