package com.voicepact.domain.console;

import com.voicepact.domain.InvalidValueException;
import java.time.Instant;

/**
 * An operator's signed-in console session as it is stored: only the SHA-256 of its token (64 lowercase hex
 * digits), never the token itself, so a copy of the store signs nobody in.
 *
 * @param tokenHash {@link SessionToken#hash} of the session token
 * @param operatorId the operator key's id (12 hex digits), the identity audited for every action of the session
 * @param signedInAt when the session began (the absolute expiry counts from here)
 * @param lastSeenAt the session's last request (the idle expiry counts from here)
 */
public record OperatorSession(String tokenHash, String operatorId, Instant signedInAt, Instant lastSeenAt) {

    public OperatorSession {
        InvalidValueException.require(
                tokenHash != null && tokenHash.matches("[0-9a-f]{64}"), "a session token hash is 64 hex digits");
        operatorId = InvalidValueException.requireText(operatorId, "operator id", 80);
        InvalidValueException.require(signedInAt != null && lastSeenAt != null, "session times are required");
        InvalidValueException.require(!lastSeenAt.isBefore(signedInAt), "a session is not seen before it began");
    }

    /** A session begun now: last seen when it began. */
    public static OperatorSession begin(String tokenHash, String operatorId, Instant at) {
        return new OperatorSession(tokenHash, operatorId, at, at);
    }

    /** This session seen again at {@code at} (never moved back in time). */
    public OperatorSession seenAt(Instant at) {
        return at.isAfter(lastSeenAt) ? new OperatorSession(tokenHash, operatorId, signedInAt, at) : this;
    }
}
