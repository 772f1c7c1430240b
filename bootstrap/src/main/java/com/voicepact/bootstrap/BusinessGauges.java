package com.voicepact.bootstrap;

import com.voicepact.application.operations.port.out.BusinessFigures;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The business as stored (shared by every node, read through {@link CachedFigures}) as Prometheus gauges:
 * contracts by status, money held in escrow and owed in payouts per currency, checkouts by status, payouts by
 * kind and state, SMS by delivery status. Every label value is registered up front from a closed set (the
 * enums, the SMS statuses AT documents, {@code other}), so no stored text can grow the number of series.
 */
@Singleton
class BusinessGauges implements MeterBinder {

    /** The statuses an SMS is stored with: at sending, then AT's delivery reports; any other counts as other. */
    static final Set<String> SMS_STATUSES = Set.of(
            "sent", "queued", "rejected", "submitted", "buffered", "success", "failed", "absentsubscriber", "expired");

    private final CachedFigures cache;

    BusinessGauges(CachedFigures cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ContractStatus status : ContractStatus.values()) {
            gauge(
                    registry,
                    "voicepact.contracts",
                    "Contracts in each status (all nodes, from the database)",
                    f -> f.contractsByStatus().getOrDefault(status, 0L),
                    "status",
                    label(status));
        }
        for (CurrencyCode currency : CurrencyCode.values()) {
            gauge(
                    registry,
                    "voicepact.escrow.held",
                    "Money held in escrow (the ledger's ESCROW accounts), in major"
                            + " units of the currency as a decimal (9000.5 is KES 9,000.50); all nodes, from the database",
                    f -> amount(f.heldInEscrow(), currency),
                    "currency",
                    currency.name());
            gauge(
                    registry,
                    "voicepact.escrow.owed",
                    "Money earmarked for payouts the provider has not confirmed"
                            + " (SELLER_PAYABLE and BUYER_PAYABLE), in major units as a decimal; all nodes, from the database",
                    f -> amount(f.owedInPayouts(), currency),
                    "currency",
                    currency.name());
        }
        for (PaymentStatus status : PaymentStatus.values()) {
            gauge(
                    registry,
                    "voicepact.checkouts",
                    "Checkouts (escrow payments) in each status: pending, then"
                            + " locked (paid) or failed or expired, then releasing/released or refunding/refunded",
                    f -> f.paymentsByStatus().getOrDefault(status, 0L),
                    "status",
                    label(status));
        }
        for (PayoutKind kind : PayoutKind.values()) {
            for (PayoutState state : PayoutState.values()) {
                gauge(
                        registry,
                        "voicepact.payouts",
                        "Payouts (release or refund) in each state, all nodes, from the database",
                        f -> f.payouts().getOrDefault(kind, Map.of()).getOrDefault(state, 0L),
                        "kind",
                        label(kind),
                        "state",
                        label(state));
            }
        }
        bindSms(registry);
    }

    private void bindSms(MeterRegistry registry) {
        String help = "SMS sent by the service, by their stored delivery status (other: a status AT added"
                + " since); all nodes, from the database";
        for (String status : SMS_STATUSES) {
            gauge(
                    registry,
                    "voicepact.sms",
                    help,
                    f -> f.smsByDeliveryStatus().getOrDefault(status, 0L),
                    "status",
                    status);
        }
        gauge(
                registry,
                "voicepact.sms",
                help,
                f -> f.smsByDeliveryStatus().entrySet().stream()
                        .filter(e -> !SMS_STATUSES.contains(e.getKey()))
                        .mapToLong(Map.Entry::getValue)
                        .sum(),
                "status",
                "other");
    }

    /**
     * One gauge of the cached figures. A value is handed to Micrometer as the {@link Number} it is (a count, or money as
     * a {@code BigDecimal} at the currency's scale); Micrometer turns it into Prometheus' float64 sample only when it
     * writes the scrape, the one format Prometheus reads.
     */
    private void gauge(
            MeterRegistry registry, String name, String help, Function<BusinessFigures, Number> value, String... tags) {
        Gauge.builder(name, () -> value.apply(cache.figures()))
                .description(help)
                .tags(tags)
                .strongReference(true)
                .register(registry);
    }

    private static BigDecimal amount(Map<CurrencyCode, BigDecimal> amounts, CurrencyCode currency) {
        return amounts.getOrDefault(currency, BigDecimal.ZERO);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
