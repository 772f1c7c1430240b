package com.voicepact.application.fakes;

import com.voicepact.application.operations.port.out.OutboxBacklogPort;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in memory; it keeps when each message was queued and given up, for the operator's backlog. */
public final class InMemoryOutbox implements OutboxMessages, OutboxBacklogPort {

    private final Map<String, OutboxMessage> pending = new LinkedHashMap<>();
    private final Map<String, Instant> leases = new HashMap<>();
    private final List<OutboxMessage> done = new ArrayList<>();
    private final Map<String, OutboxMessage> failed = new LinkedHashMap<>();
    private final Map<String, Instant> queuedAt = new HashMap<>();
    private final Map<String, Instant> givenUpAt = new HashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void enqueue(OutboxMessage message) {
        if (pending.containsKey(message.key())
                || failed.containsKey(message.key())
                || done.stream().anyMatch(m -> m.key().equals(message.key()))) {
            return;
        }
        pending.put(message.key(), message);
        queuedAt.put(message.key(), message.nextAttemptAt());
        transactions.onRollback(() -> remove(message.key()));
    }

    private synchronized void remove(String key) {
        pending.remove(key);
    }

    @Override
    public synchronized List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        List<OutboxMessage> claimed = new ArrayList<>();
        for (OutboxMessage m : pending.values()) {
            Instant leasedUntil = leases.get(m.key());
            if (claimed.size() < limit
                    && !m.nextAttemptAt().isAfter(now)
                    && (leasedUntil == null || leasedUntil.isBefore(now))) {
                leases.put(m.key(), now.plus(lease));
                claimed.add(m);
            }
        }
        return claimed;
    }

    @Override
    public synchronized void markDone(String key) {
        OutboxMessage message = pending.remove(key);
        leases.remove(key);
        if (message != null) {
            done.add(message);
        }
    }

    @Override
    public synchronized void reschedule(String key, Instant next, String error) {
        OutboxMessage m = pending.get(key);
        if (m != null) {
            pending.put(key, m.attempted(next, error));
            leases.remove(key);
        }
    }

    @Override
    public synchronized void giveUp(String key, String reason, Instant at) {
        OutboxMessage m = pending.remove(key);
        leases.remove(key);
        if (m != null) {
            failed.put(key, m.attempted(m.nextAttemptAt(), reason));
            givenUpAt.put(key, at);
        }
    }

    @Override
    public synchronized List<OutboxMessage> pending() {
        return new ArrayList<>(pending.values());
    }

    @Override
    public synchronized List<OutboxMessage> failed() {
        return new ArrayList<>(failed.values());
    }

    @Override
    public synchronized long countPending() {
        return pending.size();
    }

    @Override
    public synchronized Optional<Instant> oldestPendingSince() {
        return pending.keySet().stream().map(queuedAt::get).min(Comparator.naturalOrder());
    }

    @Override
    public synchronized List<GivenUp> givenUp(int limit, int offset) {
        return failed.values().stream()
                .map(m -> new GivenUp(m, givenUpAt.get(m.key())))
                .sorted(Comparator.comparing(GivenUp::givenUpAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(g -> g.message().key(), Comparator.reverseOrder()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countGivenUp() {
        return failed.size();
    }
}
