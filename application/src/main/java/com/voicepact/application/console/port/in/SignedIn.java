package com.voicepact.application.console.port.in;

import java.time.Instant;

/**
 * A session begun.
 *
 * @param token the session token for the operator's cookie (shown once: only its hash is stored)
 * @param csrfToken the token the page sends in a header with every unsafe request of this session
 * @param operatorId the operator key's id, as audited ({@code operator:<operatorId>})
 * @param expiresAt when the session ends unless used again (idle expiry, capped by the absolute one)
 */
public record SignedIn(String token, String csrfToken, String operatorId, Instant expiresAt) {

    @Override
    public String toString() {
        return "SignedIn[operator " + operatorId + " until " + expiresAt + "]";
    }
}
