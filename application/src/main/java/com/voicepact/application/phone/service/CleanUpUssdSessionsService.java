package com.voicepact.application.phone.service;

import com.voicepact.application.phone.port.in.CleanUpUssdSessionsUseCase;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.port.out.ClockPort;

/** Forgets USSD sessions idle past {@link UssdSession#EXPIRY}: AT has ended them, and a resend can no longer come. */
public final class CleanUpUssdSessionsService implements CleanUpUssdSessionsUseCase {

    private final UssdSessions sessions;
    private final ClockPort clock;

    public CleanUpUssdSessionsService(UssdSessions sessions, ClockPort clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public int cleanUpExpiredSessions() {
        return sessions.deleteUpdatedBefore(clock.now().minus(UssdSession.EXPIRY));
    }
}
