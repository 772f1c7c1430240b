package com.voicepact.application.console.port.in;

import java.util.Optional;

public interface CheckSessionUseCase {

    /**
     * The live session of {@code token} as {@link ResumeSessionUseCase#resume} finds it, without marking it seen: for
     * a check made on the session's behalf (the console's change stream) rather than by a request of its operator, so
     * that an open page does not keep an idle session alive. Empty when unknown, signed out or expired (an expired
     * session is deleted).
     */
    Optional<ActiveSession> check(String token);
}
