package com.voicepact.adapter.in.web.payment;

import com.voicepact.application.escrow.port.in.ReconciliationReport;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The answers of {@link PaymentController} besides a payment itself ({@link PaymentResponse}), in the product docs' shapes. */
final class PaymentViews {

    private PaymentViews() {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record History(String contractId, List<PaymentResponse> transactions) {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ContractPayments(String contractId, List<PaymentResponse> payments) {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Balance(BigDecimal balance, String currency, Instant updatedAt) {}

    /**
     * {@code clean}: nothing differs and the provider's records were compared; {@code provider_checked} false and
     * {@code provider_unchecked} (why, and where the operator finds the provider's records) when the provider lists no
     * movements (M-Pesa Daraja): then only our payments and ledger were compared with each other.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Reconciliation(
            Instant from,
            Instant to,
            int paymentsChecked,
            int providerTransactionsChecked,
            boolean clean,
            boolean providerChecked,
            @Nullable String providerUnchecked,
            List<Map<String, String>> mismatches) {

        static Reconciliation from(ReconciliationReport r) {
            return new Reconciliation(
                    r.from(),
                    r.to(),
                    r.paymentsChecked(),
                    r.providerTransactionsChecked(),
                    r.isClean(),
                    r.providerNotChecked().isEmpty(),
                    r.providerNotChecked().orElse(null),
                    r.mismatches().stream()
                            .map(m -> {
                                Map<String, String> row = new java.util.LinkedHashMap<>();
                                row.put("kind", m.kind());
                                row.put("transaction_id", m.transactionId());
                                row.put("external_transaction_id", m.providerTransactionId());
                                row.put("detail", m.detail());
                                return row;
                            })
                            .toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record FlaggedEvent(
            String transactionId, String status, String value, String outcome, String detail, Instant receivedAt) {

        static FlaggedEvent from(ProviderEvent e) {
            return new FlaggedEvent(
                    e.providerTransactionId(),
                    e.status(),
                    e.value(),
                    e.outcome().name().toLowerCase(Locale.ROOT),
                    e.detail(),
                    e.receivedAt());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record FlaggedEvents(List<FlaggedEvent> events, int limit, int offset, long total) {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record SandboxResult(String status, @Nullable String externalTransactionId, String description) {}
}
