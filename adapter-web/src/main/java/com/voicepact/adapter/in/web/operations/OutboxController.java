package com.voicepact.adapter.in.web.operations;

import com.voicepact.application.operations.port.in.GetOutboxBacklogUseCase;
import com.voicepact.application.operations.port.in.GetOutboxBacklogUseCase.GivenUpMessage;
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

/** The outbox's backlog and the messages it gave up on (an SMS a party never got), for an operator. */
@Controller("/api/v1/outbox")
@ExecuteOn(TaskExecutors.BLOCKING)
final class OutboxController {

    private final GetOutboxBacklogUseCase backlog;

    OutboxController(GetOutboxBacklogUseCase backlog) {
        this.backlog = backlog;
    }

    /**
     * {@code {pending, oldest_pending_at, given_up: [...], limit, offset, total}} ({@code total} counts the given-up
     * messages); 400 when limit is not 1 to 100 or offset is negative.
     */
    @Get
    Backlog read(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        var b = backlog.backlog(PageRequest.of(limit, offset));
        return new Backlog(
                b.pending(),
                b.oldestPendingAt(),
                b.givenUp().stream().map(GivenUp::from).toList(),
                b.limit(),
                b.offset(),
                b.total());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Backlog(
            long pending,
            @Nullable Instant oldestPendingAt,
            List<GivenUp> givenUp,
            int limit,
            int offset,
            long total) {}

    /** {@code given_up_at}: null for a message given up before that time was kept. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record GivenUp(
            String messageId,
            String kind,
            String recipient,
            String summary,
            int attempts,
            String lastError,
            @Nullable Instant givenUpAt) {

        static GivenUp from(GivenUpMessage m) {
            return new GivenUp(
                    m.messageId(), m.kind(), m.recipient(), m.summary(), m.attempts(), m.lastError(), m.givenUpAt());
        }
    }
}
