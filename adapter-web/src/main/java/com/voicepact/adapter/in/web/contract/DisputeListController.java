package com.voicepact.adapter.in.web.contract;

import com.voicepact.application.escrow.port.in.ListOpenDisputesUseCase;
import com.voicepact.application.escrow.port.in.ListOpenDisputesUseCase.OpenDispute;
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

/**
 * The disputes waiting for an operator's decision, the longest waiting first; each is resolved by
 * {@code POST /api/v1/contracts/{id}/dispute/resolve}.
 */
@Controller("/api/v1/disputes")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DisputeListController {

    private final ListOpenDisputesUseCase disputes;

    DisputeListController(ListOpenDisputesUseCase disputes) {
        this.disputes = disputes;
    }

    /** {@code {disputes: [...], limit, offset, total}}; 400 when limit is not 1 to 100 or offset is negative. */
    @Get
    Disputes list(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        var page = disputes.openDisputes(PageRequest.of(limit, offset));
        return new Disputes(
                page.disputes().stream().map(Dispute::from).toList(), page.limit(), page.offset(), page.total());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Disputes(List<Dispute> disputes, int limit, int offset, long total) {}

    /** {@code raised_by}: the party's phone, or {@code system} when the escrow window passed; {@code held} at the currency's scale. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Dispute(
            String contractId,
            String raisedBy,
            String reason,
            Instant raisedAt,
            String held,
            String currency,
            String buyer,
            String seller) {

        static Dispute from(OpenDispute d) {
            return new Dispute(
                    d.contractId().value(),
                    d.raisedBy() == null ? "system" : d.raisedBy().e164(),
                    d.reason(),
                    d.raisedAt(),
                    d.held().amount().toPlainString(),
                    d.held().currency().name(),
                    d.buyer().e164(),
                    d.seller().e164());
        }
    }
}
