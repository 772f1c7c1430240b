package com.voicepact.bootstrap;

import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.shared.port.out.RequestContextPort;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stored outbox, each message queued while a request is handled stamped with that request's id (unless it names
 * one already): the SMS and payouts a callback causes are dispatched later, on another thread, and their logs then
 * carry the callback's id. The one place where the logging context meets the outbox, so no use case has to pass it.
 */
@Singleton
@Primary
class RequestStampedOutbox implements OutboxMessages {

    private final OutboxMessages stored;
    private final RequestContextPort requests;

    RequestStampedOutbox(@Named("stored") OutboxMessages stored, RequestContextPort requests) {
        this.stored = stored;
        this.requests = requests;
    }

    @Override
    public void enqueue(OutboxMessage message) {
        stored.enqueue(
                message.requestId() == null
                        ? message.causedBy(requests.current().orElse(null))
                        : message);
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        return stored.claimDue(now, lease, limit);
    }

    @Override
    public void markDone(String key) {
        stored.markDone(key);
    }

    @Override
    public void reschedule(String key, Instant next, String error) {
        stored.reschedule(key, next, error);
    }

    @Override
    public void giveUp(String key, String reason, Instant at) {
        stored.giveUp(key, reason, at);
    }

    @Override
    public List<OutboxMessage> pending() {
        return stored.pending();
    }

    @Override
    public List<OutboxMessage> failed() {
        return stored.failed();
    }
}
