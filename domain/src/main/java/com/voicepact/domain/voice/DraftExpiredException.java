package com.voicepact.domain.voice;

import com.voicepact.domain.StateConflictException;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;

/** The draft is older than the confirmation window: the parties must call again. */
public final class DraftExpiredException extends StateConflictException {

    public DraftExpiredException(ContractId id, Instant expiredAt) {
        super("draft " + id + " could be completed until " + expiredAt);
    }
}
