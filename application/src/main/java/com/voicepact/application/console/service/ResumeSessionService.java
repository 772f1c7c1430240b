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
        return live(token).map(session -> {
            Instant now = clock.now();
            if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
                sessions.touch(SessionToken.hash(token), now);
                return activeOf(session.seenAt(now));
            }
            return activeOf(session);
        });
    }

    @Override
    public Optional<ActiveSession> peek(String token) {
        return live(token).map(this::activeOf);
    }

    /** The token's session while live; an expired one is deleted. */
    private Optional<OperatorSession> live(String token) {
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

    private ActiveSession activeOf(OperatorSession session) {
        return new ActiveSession(session.operatorId(), policy.expiresAt(session));
    }
}
