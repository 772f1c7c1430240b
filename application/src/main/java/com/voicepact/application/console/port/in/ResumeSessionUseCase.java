package com.voicepact.application.console.port.in;

import java.util.Optional;

public interface ResumeSessionUseCase {

    /**
     * The live session of {@code token}, marked as seen now (which pushes its idle expiry back), or empty when the
     * token is unknown, signed out, or past its idle or absolute expiry (an expired session is deleted).
     */
    Optional<ActiveSession> resume(String token);
}
