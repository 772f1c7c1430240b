package com.voicepact.application.escrow.port.in;

import com.voicepact.application.escrow.port.shared.ProviderEvent;
import java.util.List;

/** The provider notifications an operator must look at: unknown ids, wrong amounts, contradicting events. */
public interface ListFlaggedEventsUseCase {

    /**
     * A page of the flagged notifications, newest first.
     *
     * @throws com.voicepact.domain.InvalidValueException when limit is not 1 to 100 or offset is negative
     */
    FlaggedEvents flagged(ListFlaggedEventsCommand command);

    /** One page and how many there are in all. */
    record FlaggedEvents(List<ProviderEvent> events, int limit, int offset, long total) {

        public FlaggedEvents {
            events = List.copyOf(events);
        }
    }
}
