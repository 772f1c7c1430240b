package com.voicepact.bootstrap.crash;

import com.voicepact.application.shared.port.out.ClockPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Test-only, on the child's classpath: with {@code -Dvoicepact.test.clock-offset=PT4M} the service's clock
 * runs that much ahead of the wall clock, as if this life started minutes after the kill. Leases the
 * killed life held (60 s on the outbox) have then run out, so a crash test need not wait for them.
 */
@Singleton
@Requires(property = "voicepact.test.clock-offset")
final class LaterClock implements BeanCreatedEventListener<ClockPort> {

    private final Duration offset;

    LaterClock(@Value("${voicepact.test.clock-offset}") String offset) {
        this.offset = Duration.parse(offset);
    }

    @Override
    public ClockPort onCreated(BeanCreatedEvent<ClockPort> event) {
        ClockPort wall = event.getBean();
        return new ClockPort() {
            @Override
            public Instant now() {
                return wall.now().plus(offset);
            }

            @Override
            public ZoneId zone() {
                return wall.zone();
            }
        };
    }
}
