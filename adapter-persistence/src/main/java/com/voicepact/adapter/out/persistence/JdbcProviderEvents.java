package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.EscrowRepositories.ProviderEventRepository;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcProviderEvents implements ProviderEvents {

    private static final int MAX_RAW = 100_000;
    private final ProviderEventRepository events;
    private final TransactionOperations<Connection> transactions;

    JdbcProviderEvents(ProviderEventRepository events, TransactionOperations<Connection> transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public Optional<ProviderEvent> findByKey(String key) {
        // one statement: outside a transaction (a callback's duplicate check) it runs on an auto-commit connection
        return events.findById(key).map(JdbcProviderEvents::toDomain);
    }

    @Override
    public void record(ProviderEvent e) {
        String raw = e.rawBody() == null
                ? ""
                : e.rawBody().substring(0, Math.min(e.rawBody().length(), MAX_RAW));
        String detail = e.detail() == null
                ? ""
                : e.detail().substring(0, Math.min(e.detail().length(), 1000));
        DatabaseFailures.write(
                transactions,
                "provider event " + e.key(),
                s -> events.save(new ProviderEventEntity(
                        e.key(),
                        e.providerTransactionId(),
                        e.status(),
                        e.value(),
                        raw,
                        e.receivedAt(),
                        e.outcome().name(),
                        detail)),
                UniqueKey.primaryKey("provider_events", "event_key", "recorded by someone else"));
    }

    @Override
    public List<ProviderEvent> flagged() {
        return transactions.executeRead(s ->
                events.findFlagged().stream().map(JdbcProviderEvents::toDomain).toList());
    }

    @Override
    public List<ProviderEvent> flagged(int limit, int offset) {
        return transactions.executeRead(s -> events.findFlaggedPage(limit, offset).stream()
                .map(JdbcProviderEvents::toDomain)
                .toList());
    }

    @Override
    public long countFlagged() {
        return transactions.executeRead(s -> events.countFlagged());
    }

    private static ProviderEvent toDomain(ProviderEventEntity e) {
        return new ProviderEvent(
                e.eventKey(),
                e.providerTransactionId(),
                e.status(),
                e.reportedValue(),
                e.rawBody(),
                e.receivedAt(),
                ProviderEvent.Outcome.valueOf(e.outcome()),
                e.detail());
    }
}
