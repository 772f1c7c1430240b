package com.voicepact.adapter.in.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {@code confirmed_by} is accepted for compatibility and ignored: release trusts only recorded confirmations. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ReleaseRequest(@Nullable String contractId, @Nullable String transactionId, @Nullable List<String> confirmedBy) {
}
