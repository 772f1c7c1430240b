package com.voicepact.application.console.port.in;

import java.time.Duration;

/** Too many wrong keys came from this client address lately: no key is checked until {@link #retryAfter()} passes. */
public final class SignInLockedException extends RuntimeException {

    private final Duration retryAfter;

    public SignInLockedException(Duration retryAfter) {
        super("too many wrong keys from this address: try again in " + minutes(retryAfter) + " minute(s)");
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next attempt, at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }
}
