package com.voicepact.adapter.in.web.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.util.List;

/** {@code POST /contracts/create/manual}: the terms as top-level fields, as in the original product. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ManualContractRequest(
        @Nullable String product,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal totalAmount,
        @Nullable String currency,
        @Nullable String deliveryLocation,
        @Nullable String deliveryDeadline,
        @Nullable String qualityRequirements,
        @Nullable String paymentTerms,
        @Nullable List<PartyRequest> parties,
        @Nullable String contractType) {

    TermsRequest terms() {
        return new TermsRequest(
                product,
                quantity,
                unit,
                unitPrice,
                totalAmount,
                currency,
                null,
                deliveryLocation,
                deliveryDeadline,
                qualityRequirements,
                paymentTerms);
    }
}
