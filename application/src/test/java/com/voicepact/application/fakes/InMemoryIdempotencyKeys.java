package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, KeyedCheckout> keys = new HashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryIdempotencyKeys(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<KeyedCheckout> find(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    @Override
    public synchronized void remember(String key, TransactionId payment, String request, Instant at) {
        if (keys.containsKey(key)) {
            throw new ConcurrentUpdateException("idempotency key taken", null);
        }
        keys.put(key, new KeyedCheckout(key, payment, request, Optional.empty(), at));
        transactions.onRollback(() -> forget(key));
    }

    @Override
    public synchronized void answered(String key, FirstAnswer answer) {
        KeyedCheckout kept = keys.get(key);
        if (kept == null || kept.answer().isPresent()) {
            return;
        }
        keys.put(key, new KeyedCheckout(key, kept.payment(), kept.request(), Optional.of(answer), kept.keptAt()));
        transactions.onRollback(() -> restore(kept));
    }

    private synchronized void forget(String key) {
        keys.remove(key);
    }

    private synchronized void restore(KeyedCheckout kept) {
        keys.put(kept.key(), kept);
    }
}
