package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("contract_confirmations")
record ConfirmationEntity(
        @Id @GeneratedValue @Nullable Long id,
        String contractId,
        String phone,
        String decision,
        String channel,
        Instant decidedAt,
        String fingerprint) {}
