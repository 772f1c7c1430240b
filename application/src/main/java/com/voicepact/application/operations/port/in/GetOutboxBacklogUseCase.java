package com.voicepact.application.operations.port.in;

import com.voicepact.application.shared.port.in.PageRequest;
import java.time.Instant;
import java.util.List;

/** What the outbox still has to do, and the messages it gave up on (an SMS a party never got). */
public interface GetOutboxBacklogUseCase {

    /** The backlog, with one page of the given-up messages (latest first) and how many were given up in all. */
    OutboxBacklog backlog(PageRequest page);

    /**
     * {@code pending}: messages not yet done; {@code oldestPendingAt}: when the oldest of them was queued (null when none);
     * {@code givenUp}: the page of messages given up on; {@code total}: how many were given up in all.
     */
    record OutboxBacklog(
            long pending, Instant oldestPendingAt, List<GivenUpMessage> givenUp, int limit, int offset, long total) {

        public OutboxBacklog {
            givenUp = List.copyOf(givenUp);
        }
    }

    /**
     * A message given up on: its key, kind ({@code sms}, {@code payout}), to whom, what it said or did (an SMS's text, cut
     * to 160 characters), how often it was tried, the last error and when it was given up (null for one given up before
     * that time was kept).
     */
    record GivenUpMessage(
            String messageId,
            String kind,
            String recipient,
            String summary,
            int attempts,
            String lastError,
            Instant givenUpAt) {}
}
