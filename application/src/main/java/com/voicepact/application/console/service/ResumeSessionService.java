package com.voicepact.application.console.service;

import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.in.ResumeSessionUseCase;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.console.OperatorSession;
import com.voicepact.domain.console.SessionPolicy;
import com.voicepact.domain.console.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the live session a request's cookie names. The last-seen time is written at most every
 * {@link #TOUCH_EVERY}: a page's burst of requests costs one write, and the idle expiry is late by that much at most.
 */
public final class ResumeSessionService implements ResumeSessionUseCase {

    static final Duration TOUCH_EVERY = Duration.ofSeconds(15);
    /** Tokens are 43 characters; anything much longer is not one, and is not hashed. */
    private static final int LONGEST_TOKEN = 128;

    private final OperatorSessions sessions;
    private final SessionPolicy policy;
    private final ClockPort clock;

    public ResumeSessionService(OperatorSessions sessions, SessionPolicy policy, ClockPort clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Optional<ActiveSession> resume(String token) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        String hash = SessionToken.hash(token);
        Optional<OperatorSession> found = sessions.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        OperatorSession session = found.get();
        if (!policy.isLive(session, now)) {
            sessions.delete(hash);
            return Optional.empty();
        }
        if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            sessions.touch(hash, now);
            session = session.seenAt(now);
        }
        return Optional.of(new ActiveSession(session.operatorId(), policy.expiresAt(session)));
    }
}
