package com.voicepact.application.contract.port.out;

import com.voicepact.domain.contract.ContractId;
import java.util.List;

/** The contracts whose dispute waits for an operator's decision: DISPUTED, and the dispute not yet resolved. */
public interface DisputedContracts {

    /** {@code limit} of them after {@code offset}, the longest waiting first (by the time raised, then by id). */
    List<ContractId> awaitingDecision(int limit, int offset);

    /** How many wait in all. */
    long countAwaitingDecision();
}
