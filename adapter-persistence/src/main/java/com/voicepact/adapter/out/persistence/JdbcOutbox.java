package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.EscrowRepositories.OutboxRepository;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox table. A claim is a conditional UPDATE of the message's lease, committed on its own:
 * of several dispatchers (threads or nodes), exactly one gets each due message until its lease ends.
 */
@Singleton
@Named("stored") // the stored outbox, under bootstrap's request stamping (RequestStampedOutbox)
final class JdbcOutbox implements OutboxMessages {

    private final OutboxRepository outbox;
    private final TransactionOperations<Connection> transactions;

    JdbcOutbox(OutboxRepository outbox, TransactionOperations<Connection> transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @Override
    public void enqueue(OutboxMessage message) {
        transactions.executeWrite(s -> {
            outbox.insertIfAbsent(
                    message.key(),
                    OutboxPayloads.kind(message.payload()),
                    OutboxPayloads.encode(message.payload()),
                    message.nextAttemptAt(),
                    message.requestId());
            return null;
        });
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        List<OutboxMessage> claimed = new ArrayList<>();
        for (OutboxEntity candidate : transactions.executeRead(s -> outbox.findDue(now, limit))) {
            int won = transactions.executeWrite(s -> outbox.lease(candidate.messageKey(), now, now.plus(lease)));
            if (won == 1) {
                claimed.add(toMessage(candidate));
            }
        }
        return claimed;
    }

    @Override
    public void markDone(String key) {
        transactions.executeWrite(s -> outbox.markDone(key));
    }

    @Override
    public void reschedule(String key, Instant next, String error) {
        transactions.executeWrite(s -> outbox.reschedule(key, next, trim(error)));
    }

    @Override
    public void giveUp(String key, String reason, Instant at) {
        transactions.executeWrite(s -> outbox.giveUp(key, trim(reason), at));
    }

    @Override
    public List<OutboxMessage> pending() {
        return transactions.executeRead(
                s -> outbox.findPending().stream().map(JdbcOutbox::toMessage).toList());
    }

    @Override
    public List<OutboxMessage> failed() {
        return transactions.executeRead(
                s -> outbox.findFailed().stream().map(JdbcOutbox::toMessage).toList());
    }

    private static String trim(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), 1000));
    }

    private static OutboxMessage toMessage(OutboxEntity e) {
        return new OutboxMessage(
                e.messageKey(),
                OutboxPayloads.decode(e.kind(), e.payload()),
                e.attempts(),
                e.nextAttemptAt(),
                e.lastError(),
                e.requestId());
    }
}
