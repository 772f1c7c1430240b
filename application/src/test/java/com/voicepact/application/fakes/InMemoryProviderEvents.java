package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryProviderEvents implements ProviderEvents {

    private final Map<String, ProviderEvent> events = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryProviderEvents(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<ProviderEvent> findByKey(String key) {
        return Optional.ofNullable(events.get(key));
    }

    @Override
    public synchronized void record(ProviderEvent event) {
        if (events.containsKey(event.key())) {
            throw new ConcurrentUpdateException("event " + event.key() + " recorded already", null);
        }
        events.put(event.key(), event);
        transactions.onRollback(() -> remove(event.key()));
    }

    private synchronized void remove(String key) {
        events.remove(key);
    }

    @Override
    public synchronized List<ProviderEvent> flagged() {
        return events.values().stream().filter(ProviderEvent::isFlagged).toList();
    }

    @Override
    public synchronized List<ProviderEvent> flagged(int limit, int offset) {
        return events.values().stream()
                .filter(ProviderEvent::isFlagged)
                .sorted(java.util.Comparator.comparing(ProviderEvent::receivedAt)
                        .thenComparing(ProviderEvent::key)
                        .reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countFlagged() {
        return events.values().stream().filter(ProviderEvent::isFlagged).count();
    }
}
