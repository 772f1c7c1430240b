package com.voicepact.domain.console;

import com.voicepact.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a console session lives: it ends after {@code idle} without a request, and after {@code absolute}
 * since sign-in whatever its use, so a stolen cookie is worth little and a forgotten laptop signs itself out.
 *
 * @param idle the longest quiet time, positive
 * @param absolute the longest life, at least {@code idle}
 */
public record SessionPolicy(Duration idle, Duration absolute) {

    /** Thirty minutes quiet, twelve hours at most: one working day. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));

    public SessionPolicy {
        InvalidValueException.require(
                idle != null && !idle.isNegative() && !idle.isZero(), "a session's idle time must be positive");
        InvalidValueException.require(
                absolute != null && absolute.compareTo(idle) >= 0,
                "a session's absolute time must be at least its idle time");
    }

    /** When {@code session} ends unless it is used again: the earlier of its idle and its absolute expiry. */
    public Instant expiresAt(OperatorSession session) {
        Instant idleEnd = session.lastSeenAt().plus(idle);
        Instant absoluteEnd = session.signedInAt().plus(absolute);
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    /** Whether {@code session} may still be used at {@code now}. */
    public boolean isLive(OperatorSession session, Instant now) {
        return now.isBefore(expiresAt(session));
    }

    /** Sessions last seen before this are past their idle time (for deleting them in bulk). */
    public Instant idleCutoff(Instant now) {
        return now.minus(idle);
    }

    /** Sessions begun before this are past their absolute time. */
    public Instant absoluteCutoff(Instant now) {
        return now.minus(absolute);
    }
}
