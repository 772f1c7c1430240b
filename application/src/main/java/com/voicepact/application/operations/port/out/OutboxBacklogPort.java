package com.voicepact.application.operations.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox read for an operator: how much waits, since when, and what was given up. */
public interface OutboxBacklogPort {

    /** How many messages are not yet done (waiting, being sent or retried). */
    long countPending();

    /**
     * When the oldest message not yet done was queued; empty when none waits. Rows queued before the queue time was
     * kept answer with their next attempt's time.
     */
    Optional<Instant> oldestPendingSince();

    /**
     * {@code limit} of the messages given up on after {@code offset}, the latest first (by the time given up, then by
     * key; rows given up before that time was kept come last, with it null).
     */
    List<GivenUp> givenUp(int limit, int offset);

    long countGivenUp();

    /** A message given up on: as it was last tried (attempts, the last error) and when it was given up (null: before it was kept). */
    record GivenUp(OutboxMessage message, Instant givenUpAt) {}
}
