package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("idempotency_keys")
record IdempotencyKeyEntity(@Id String idemKey, String transactionId, Instant createdAt) {
}
