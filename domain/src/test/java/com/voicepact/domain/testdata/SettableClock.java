package com.voicepact.domain.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A {@link Clock} (UTC) a test moves by hand: circuit breakers' waiting time, token expiry, Daraja
 * timestamps, the sandbox's two-minute same-amount rule. The adapters take a {@code java.time.Clock};
 * the application's own clock port has its fake in the application's test fixtures.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
