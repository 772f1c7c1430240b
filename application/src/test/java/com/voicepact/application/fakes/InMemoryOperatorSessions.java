package com.voicepact.application.fakes;

import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.domain.console.OperatorSession;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Console sessions in a map: one node's only, which is what the database adapter is for. */
public final class InMemoryOperatorSessions implements OperatorSessions {

    private final Map<String, OperatorSession> sessions = new HashMap<>();

    @Override
    public synchronized void save(OperatorSession session) {
        sessions.put(session.tokenHash(), session);
    }

    @Override
    public synchronized Optional<OperatorSession> find(String tokenHash) {
        return Optional.ofNullable(sessions.get(tokenHash));
    }

    @Override
    public synchronized void touch(String tokenHash, Instant at) {
        sessions.computeIfPresent(tokenHash, (hash, session) -> session.seenAt(at));
    }

    @Override
    public synchronized void delete(String tokenHash) {
        sessions.remove(tokenHash);
    }

    @Override
    public synchronized int deleteExpired(Instant lastSeenBefore, Instant signedInBefore) {
        int before = sessions.size();
        sessions.values()
                .removeIf(s -> s.lastSeenAt().isBefore(lastSeenBefore)
                        || s.signedInAt().isBefore(signedInBefore));
        return before - sessions.size();
    }
}
