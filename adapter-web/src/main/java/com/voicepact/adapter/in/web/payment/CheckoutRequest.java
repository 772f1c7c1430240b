package com.voicepact.adapter.in.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.util.Map;

@Serdeable(naming = SnakeCaseStrategy.class)
record CheckoutRequest(
        @Nullable String contractId,
        @Nullable String phoneNumber,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String currencyCode,
        @Nullable String paymentType,
        @Nullable Map<String, String> metadata) {}
