package com.voicepact.application.fakes;

import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** USSD sessions in memory; a save is undone with the unit of work it belongs to, as the hop's effect is. */
public final class InMemoryUssdSessions implements UssdSessions {

    private final Map<String, UssdSession> sessions = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryUssdSessions(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<UssdSession> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized UssdSession save(UssdSession session) {
        UssdSession current = sessions.get(session.sessionId());
        long stored = current == null ? 0 : current.version();
        if (stored != session.version()) {
            throw new ConcurrentUpdateException("USSD session " + session.sessionId() + " moved on", null);
        }
        UssdSession saved = new UssdSession(
                session.sessionId(),
                session.phone(),
                session.state(),
                session.lastText(),
                session.lastScreen(),
                session.startedAt(),
                session.updatedAt(),
                session.hops(),
                stored + 1);
        sessions.put(session.sessionId(), saved);
        transactions.onRollback(() -> restore(session.sessionId(), current));
        return saved;
    }

    private synchronized void restore(String sessionId, UssdSession before) {
        if (before == null) {
            sessions.remove(sessionId);
        } else {
            sessions.put(sessionId, before);
        }
    }

    @Override
    public int deleteUpdatedBefore(Instant before) {
        int before0 = sessions.size();
        sessions.values().removeIf(s -> s.updatedAt().isBefore(before));
        return before0 - sessions.size();
    }
}
