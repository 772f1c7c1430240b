package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("provider_events")
record ProviderEventEntity(
        @Id String eventKey,
        String providerTransactionId,
        String status,
        String reportedValue,
        String rawBody,
        Instant receivedAt,
        String outcome,
        String detail) {}
