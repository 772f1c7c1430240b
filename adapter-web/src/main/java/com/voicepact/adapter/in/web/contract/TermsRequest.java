package com.voicepact.adapter.in.web.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;

@Serdeable(naming = SnakeCaseStrategy.class)
record TermsRequest(
        @Nullable String product,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal totalAmount,
        @Nullable String currency,
        @Nullable String currencyCode,
        @Nullable String deliveryLocation,
        @Nullable String deliveryDeadline,
        @Nullable String qualityRequirements,
        @Nullable String paymentTerms) {}
