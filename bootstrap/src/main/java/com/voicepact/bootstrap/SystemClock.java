package com.voicepact.bootstrap;

import com.voicepact.application.shared.port.out.ClockPort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The wall clock, at microseconds: the precision PostgreSQL stores, so a value reads back unchanged. */
final class SystemClock implements ClockPort {

    private final Clock clock;

    SystemClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId zone() {
        return clock.getZone();
    }
}
