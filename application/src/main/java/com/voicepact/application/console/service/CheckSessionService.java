package com.voicepact.application.console.service;

import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.in.CheckSessionUseCase;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.console.SessionPolicy;
import java.util.Optional;

/** Whether a session is still live, without writing anything but the deletion of an expired one. */
public final class CheckSessionService implements CheckSessionUseCase {

    private final LiveSessions live;

    public CheckSessionService(OperatorSessions sessions, SessionPolicy policy, ClockPort clock) {
        this.live = new LiveSessions(sessions, policy, clock);
    }

    @Override
    public Optional<ActiveSession> check(String token) {
        return live.find(token).map(live::activeOf);
    }
}
