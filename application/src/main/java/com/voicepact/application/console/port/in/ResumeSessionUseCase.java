package com.voicepact.application.console.port.in;

import java.util.Optional;

public interface ResumeSessionUseCase {

    /**
     * The live session of {@code token}, marked as seen now (which pushes its idle expiry back), or empty when the
     * token is unknown, signed out, or past its idle or absolute expiry (an expired session is deleted).
     */
    Optional<ActiveSession> resume(String token);

    /**
     * The live session of {@code token} as {@link #resume} finds it, without marking it seen: for a check made on the
     * session's behalf (the console's change stream) rather than by a request of its operator, so that an open page
     * does not keep an idle session alive.
     */
    Optional<ActiveSession> peek(String token);
}
