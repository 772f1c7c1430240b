package com.voicepact.adapter.in.web.payment;

import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A payment as the escrow doc's status answer shows it, with its payouts. */
@Serdeable(naming = SnakeCaseStrategy.class)
record PaymentResponse(
        String transactionId,
        String contractId,
        @Nullable String externalTransactionId,
        String status,
        BigDecimal amount,
        String currency,
        String payerPhone,
        String recipientPhone,
        String paymentReference,
        Instant createdAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant releasedAt,
        @Nullable Instant refundedAt,
        @Nullable String failureReason,
        int retryCount,
        List<PayoutResponse> payouts) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record PayoutResponse(
            String payoutId,
            String kind,
            String recipientPhone,
            BigDecimal amount,
            String state,
            @Nullable String externalTransactionId,
            int attempts,
            @Nullable String failureReason) {

        static PayoutResponse from(Payout p) {
            return new PayoutResponse(
                    p.id(),
                    p.kind().name().toLowerCase(java.util.Locale.ROOT),
                    p.recipient().e164(),
                    p.amount().amount(),
                    p.state().name().toLowerCase(java.util.Locale.ROOT),
                    p.providerId(),
                    p.attempts(),
                    p.failureReason());
        }
    }

    static PaymentResponse from(EscrowPayment p) {
        Instant closed = p.lifecycle().closedAt().orElse(null);
        return new PaymentResponse(
                p.id().value(),
                p.contractId().value(),
                p.lifecycle().providerTransactionId().orElse(null),
                p.status().wireName(),
                p.amount().amount(),
                p.amount().currency().name(),
                p.checkout().payer().e164(),
                p.checkout().recipient().e164(),
                p.checkout().reference(),
                p.checkout().createdAt(),
                p.lifecycle().confirmedAt().orElse(null),
                p.status() == PaymentStatus.RELEASED ? closed : null,
                p.status() == PaymentStatus.REFUNDED ? closed : null,
                p.lifecycle().failureReason().orElse(null),
                p.checkout().retryCount(),
                p.payouts().stream().map(PayoutResponse::from).toList());
    }
}
