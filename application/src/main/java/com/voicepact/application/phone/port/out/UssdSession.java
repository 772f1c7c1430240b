package com.voicepact.application.phone.port.out;

import java.time.Duration;
import java.time.Instant;

/** One USSD session between hops: the menu state, the last hop's text and answer (for resent hops). */
public record UssdSession(
        String sessionId,
        String phone,
        String state,
        String lastText,
        String lastScreen,
        Instant startedAt,
        Instant updatedAt,
        int hops,
        long version) {

    public static final Duration EXPIRY = Duration.ofMinutes(5);

    public boolean isExpiredAt(Instant now) {
        return updatedAt.plus(EXPIRY).isBefore(now);
    }

    public UssdSession after(String newState, String text, String screen, Instant at) {
        return new UssdSession(sessionId, phone, newState, text, screen, startedAt, at, hops + 1, version);
    }
}
