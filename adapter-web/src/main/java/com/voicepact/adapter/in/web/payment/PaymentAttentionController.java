package com.voicepact.adapter.in.web.payment;

import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase;
import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase.Item;
import com.voicepact.application.shared.port.in.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/** The payments needing a person (docs/escrow.md, "Payments needing attention"), newest first. */
@Controller("/api/v1/payments/attention")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PaymentAttentionController {

    private final ListPaymentsNeedingAttentionUseCase attention;

    PaymentAttentionController(ListPaymentsNeedingAttentionUseCase attention) {
        this.attention = attention;
    }

    /** {@code {items: [...], limit, offset, total}}; 400 when limit is not 1 to 100 or offset is negative. */
    @Get
    Items list(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        var page = attention.attention(PageRequest.of(limit, offset));
        return new Items(
                page.items().stream().map(AttentionItem::from).toList(), page.limit(), page.offset(), page.total());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Items(List<AttentionItem> items, int limit, int offset, long total) {}

    /**
     * {@code payment_id}: ours ({@code TXN-...}); {@code transaction_id}: the provider's; either null when unknown, as
     * {@code contract_id}, {@code amount} and {@code currency} for a notification that names no payment of ours.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record AttentionItem(
            String kind,
            @Nullable String contractId,
            @Nullable String paymentId,
            @Nullable String transactionId,
            @Nullable String amount,
            @Nullable String currency,
            Instant since,
            String detail) {

        static AttentionItem from(Item i) {
            return new AttentionItem(
                    i.kind().wireName(),
                    i.contractId() == null ? null : i.contractId().value(),
                    i.paymentId() == null ? null : i.paymentId().value(),
                    i.transactionId(),
                    i.amount() == null ? null : i.amount().amount().toPlainString(),
                    i.amount() == null ? null : i.amount().currency().name(),
                    i.since(),
                    i.detail());
        }
    }
}
