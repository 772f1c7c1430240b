package com.voicepact.adapter.out.persistence;

import com.voicepact.application.operations.port.out.OutboxBacklogPort;
import com.voicepact.application.operations.port.out.OutboxMessage;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table read for an operator (V120 keeps when each message was queued and given up). */
@Singleton
final class JdbcOutboxBacklog implements OutboxBacklogPort {

    private final SqlReads sql;

    JdbcOutboxBacklog(TransactionOperations<Connection> transactions) {
        this.sql = new SqlReads(transactions);
    }

    @Override
    public long countPending() {
        return sql.count("SELECT COUNT(*) FROM outbox_messages WHERE status = 'PENDING'");
    }

    @Override
    public Optional<Instant> oldestPendingSince() {
        return Optional.ofNullable(sql.list(
                        "SELECT MIN(COALESCE(queued_at, next_attempt_at)) AS since FROM outbox_messages"
                                + " WHERE status = 'PENDING'",
                        row -> SqlReads.instant(row, "since"))
                .get(0));
    }

    @Override
    public List<GivenUp> givenUp(int limit, int offset) {
        return sql.list(
                "SELECT * FROM outbox_messages WHERE status = 'FAILED'"
                        + " ORDER BY given_up_at DESC NULLS LAST, message_key DESC LIMIT ? OFFSET ?",
                row -> new GivenUp(
                        new OutboxMessage(
                                row.getString("message_key"),
                                OutboxPayloads.decode(row.getString("kind"), row.getString("payload")),
                                row.getInt("attempts"),
                                SqlReads.instant(row, "next_attempt_at"),
                                row.getString("last_error"),
                                row.getString("request_id")),
                        SqlReads.instant(row, "given_up_at")),
                limit,
                offset);
    }

    @Override
    public long countGivenUp() {
        return sql.count("SELECT COUNT(*) FROM outbox_messages WHERE status = 'FAILED'");
    }
}
