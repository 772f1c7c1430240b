package com.voicepact.adapter.in.web.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;

/** A party's delivery or dispute action, taken by an operator: who, and what they said. */
@Serdeable(naming = SnakeCaseStrategy.class)
record EscrowActionRequest(
        @Nullable String phoneNumber,
        @Nullable BigDecimal quantity,
        @Nullable String reason,
        @Nullable String resolution,
        @Nullable BigDecimal sellerShare) {}
