package com.voicepact.adapter.in.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

@Serdeable(naming = SnakeCaseStrategy.class)
record RefundRequest(
        @Nullable String transactionId,
        @Nullable String reason,
        @Nullable String initiatedBy) {}
