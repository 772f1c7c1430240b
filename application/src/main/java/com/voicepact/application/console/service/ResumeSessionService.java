package com.voicepact.application.console.service;

import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.in.ResumeSessionUseCase;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.shared.port.out.ClockPort;
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

    private final OperatorSessions sessions;
    private final LiveSessions live;
    private final ClockPort clock;

    public ResumeSessionService(OperatorSessions sessions, SessionPolicy policy, ClockPort clock) {
        this.sessions = sessions;
        this.live = new LiveSessions(sessions, policy, clock);
        this.clock = clock;
    }

    @Override
    public Optional<ActiveSession> resume(String token) {
        return live.find(token).map(session -> {
            Instant now = clock.now();
            if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
                sessions.touch(SessionToken.hash(token), now);
                return live.activeOf(session.seenAt(now));
            }
            return live.activeOf(session);
        });
    }
}
