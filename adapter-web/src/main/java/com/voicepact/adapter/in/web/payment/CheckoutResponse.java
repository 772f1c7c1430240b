package com.voicepact.adapter.in.web.payment;

import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.domain.payment.EscrowPayment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.Instant;

/** The escrow doc's checkout answer, plus the payment reference the payer sees. */
@Serdeable(naming = SnakeCaseStrategy.class)
record CheckoutResponse(
        String transactionId,
        @Nullable String externalTransactionId,
        String status,
        String description,
        BigDecimal amount,
        String currency,
        String phoneNumber,
        Instant createdAt,
        String paymentReference) {

    static CheckoutResponse from(CheckoutResult result) {
        EscrowPayment p = result.payment();
        return new CheckoutResponse(
                p.id().value(),
                p.lifecycle().providerTransactionId().orElse(null),
                p.status().wireName(),
                result.description(),
                p.amount().amount(),
                p.amount().currency().name(),
                p.checkout().payer().e164(),
                p.checkout().createdAt(),
                p.checkout().reference());
    }
}
