package com.voicepact.bootstrap.crash;

import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Test-only, on the child's classpath: with {@code -Dvoicepact.test.halt-at-payout-notification-to=<E.164 phone>}
 * the process halts (exit 137, no shutdown hook, as kill -9) when the provider's payout (B2C) notification
 * for that phone is about to be recorded: inside its unit of work, before the commit. The notification was
 * received; its effect was not stored.
 */
@Singleton
@Requires(property = "voicepact.test.halt-at-payout-notification-to")
final class HaltAtPayoutNotification implements BeanCreatedEventListener<ProviderEvents> {

    /** Written to the child's output, followed by the phone, right before the halt: the test knows which halt it was. */
    static final String SIGNAL = "crash hook: halting at the payout notification to ";

    private final String phone;
    private final String recipient;

    HaltAtPayoutNotification(@Value("${voicepact.test.halt-at-payout-notification-to}") String recipient) {
        this.phone = recipient;
        this.recipient = "\"clientAccount\":\"" + recipient + "\"";
    }

    @Override
    public ProviderEvents onCreated(BeanCreatedEvent<ProviderEvents> event) {
        ProviderEvents events = event.getBean();
        return new ProviderEvents() {
            @Override
            public Optional<ProviderEvent> findByKey(String key) {
                return events.findByKey(key);
            }

            @Override
            public void record(ProviderEvent recorded) {
                if (recorded.rawBody() != null
                        && recorded.rawBody().contains("\"MobileB2C\"")
                        && recorded.rawBody().contains(recipient)) {
                    System.out.println(SIGNAL + phone);
                    System.out.flush();
                    Runtime.getRuntime().halt(137);
                }
                events.record(recorded);
            }

            @Override
            public List<ProviderEvent> flagged() {
                return events.flagged();
            }

            @Override
            public List<ProviderEvent> flagged(int limit, int offset) {
                return events.flagged(limit, offset);
            }

            @Override
            public long countFlagged() {
                return events.countFlagged();
            }
        };
    }
}
