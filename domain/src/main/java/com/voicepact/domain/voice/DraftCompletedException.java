package com.voicepact.domain.voice;

import com.voicepact.domain.StateConflictException;
import com.voicepact.domain.contract.ContractId;

/** The draft already became its contract: a second completion (a re-delivered SMS, the other party) changes nothing. */
public final class DraftCompletedException extends StateConflictException {

    private final ContractId id;

    public DraftCompletedException(ContractId id) {
        super("draft " + id + " is already a contract");
        this.id = id;
    }

    public ContractId id() {
        return id;
    }
}
