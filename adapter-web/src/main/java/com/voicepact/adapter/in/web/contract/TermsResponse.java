package com.voicepact.adapter.in.web.contract;

import com.voicepact.domain.contract.ContractTerms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.LocalDate;

@Serdeable(naming = SnakeCaseStrategy.class)
record TermsResponse(
        String product,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable BigDecimal unitPrice,
        BigDecimal totalAmount,
        String currency,
        @Nullable String deliveryLocation,
        @Nullable LocalDate deliveryDeadline,
        @Nullable String qualityRequirements,
        @Nullable String paymentTerms) {

    static TermsResponse from(ContractTerms t) {
        return new TermsResponse(
                t.product(),
                t.quantity() == null ? null : t.quantity().value(),
                t.quantity() == null ? null : t.quantity().unit(),
                t.unitPrice() == null ? null : t.unitPrice().amount(),
                t.total().amount(),
                t.total().currency().name(),
                t.deliveryLocation(),
                t.deliveryDeadline(),
                t.qualityRequirements(),
                t.paymentTerms());
    }
}
