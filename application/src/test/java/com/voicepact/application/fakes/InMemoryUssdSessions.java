package com.voicepact.application.fakes;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.UssdSession;
import com.voicepact.application.port.out.UssdSessions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryUssdSessions implements UssdSessions {

    private final Map<String, UssdSession> sessions = new ConcurrentHashMap<>();

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
        UssdSession saved = new UssdSession(session.sessionId(), session.phone(), session.state(), session.lastText(),
                session.lastScreen(), session.startedAt(), session.updatedAt(), session.hops(), stored + 1);
        sessions.put(session.sessionId(), saved);
        return saved;
    }

    @Override
    public int deleteUpdatedBefore(Instant before) {
        int before0 = sessions.size();
        sessions.values().removeIf(s -> s.updatedAt().isBefore(before));
        return before0 - sessions.size();
    }
}
