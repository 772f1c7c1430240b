package com.voicepact.application.console.port.in;

import java.time.Instant;

/**
 * A live session, as a request presented it.
 *
 * @param operatorId the operator key's id the session acts as
 * @param expiresAt when it ends unless used again
 */
public record ActiveSession(String operatorId, Instant expiresAt) {}
