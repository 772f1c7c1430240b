package com.voicepact.application.fakes;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.IdempotencyKeys;
import com.voicepact.domain.payment.TransactionId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, TransactionId> keys = new HashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryIdempotencyKeys(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Optional<TransactionId> find(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    @Override
    public synchronized void remember(String key, TransactionId payment) {
        if (keys.containsKey(key)) {
            throw new ConcurrentUpdateException("idempotency key taken", null);
        }
        keys.put(key, payment);
        transactions.onRollback(() -> forget(key));
    }

    private synchronized void forget(String key) {
        keys.remove(key);
    }
}
