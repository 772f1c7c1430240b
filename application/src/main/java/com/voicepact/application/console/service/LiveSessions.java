package com.voicepact.application.console.service;

import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.console.OperatorSession;
import com.voicepact.domain.console.SessionPolicy;
import com.voicepact.domain.console.SessionToken;
import java.util.Optional;

/** The lookup both resuming and checking a session make: the token's session while live; an expired one is deleted. */
final class LiveSessions {

    /** Tokens are 43 characters; anything much longer is not one, and is not hashed. */
    private static final int LONGEST_TOKEN = 128;

    private final OperatorSessions sessions;
    private final SessionPolicy policy;
    private final ClockPort clock;

    LiveSessions(OperatorSessions sessions, SessionPolicy policy, ClockPort clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    Optional<OperatorSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        String hash = SessionToken.hash(token);
        Optional<OperatorSession> found = sessions.find(hash);
        if (found.isPresent() && !policy.isLive(found.get(), clock.now())) {
            sessions.delete(hash);
            return Optional.empty();
        }
        return found;
    }

    ActiveSession activeOf(OperatorSession session) {
        return new ActiveSession(session.operatorId(), policy.expiresAt(session));
    }
}
