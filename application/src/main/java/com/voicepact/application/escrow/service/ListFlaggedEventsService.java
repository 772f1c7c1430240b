package com.voicepact.application.escrow.service;

import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.escrow.port.in.ListFlaggedEventsCommand;
import com.voicepact.application.escrow.port.in.ListFlaggedEventsUseCase;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.domain.InvalidValueException;

/** Lists the flagged provider notifications for an operator, paged like the contract list. */
public final class ListFlaggedEventsService implements ListFlaggedEventsUseCase {

    private final ProviderEvents events;

    public ListFlaggedEventsService(ProviderEvents events) {
        this.events = events;
    }

    @Override
    public FlaggedEvents flagged(ListFlaggedEventsCommand command) {
        int limit = command.limit();
        int offset = command.offset();
        InvalidValueException.require(
                limit >= 1 && limit <= ContractSearch.MAX_LIMIT,
                "limit must be between 1 and " + ContractSearch.MAX_LIMIT);
        InvalidValueException.require(offset >= 0, "offset must not be negative");
        return new FlaggedEvents(events.flagged(limit, offset), limit, offset, events.countFlagged());
    }
}
