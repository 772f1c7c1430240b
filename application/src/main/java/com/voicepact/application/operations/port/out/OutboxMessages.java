package com.voicepact.application.operations.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The transactional outbox. Several dispatchers may run: a claimed message is leased to one of them. */
public interface OutboxMessages {

    /** Adds the message unless one with the same key exists (then nothing changes). */
    void enqueue(OutboxMessage message);

    /** Leases up to {@code limit} due messages to the caller until {@code now + lease}; others cannot claim them meanwhile. */
    List<OutboxMessage> claimDue(Instant now, Duration lease, int limit);

    void markDone(String key);

    /** Gives up the lease and tries again at {@code next}. */
    void reschedule(String key, Instant next, String error);

    /**
     * Stops trying at {@code at}: the message is kept, marked failed with the reason and that time, for an operator to
     * see. Never for a payout.
     */
    void giveUp(String key, String reason, Instant at);

    /** Messages not yet done, for monitoring and tests. */
    List<OutboxMessage> pending();

    /** Messages given up on, newest reason kept. */
    List<OutboxMessage> failed();
}
