package com.voicepact.domain.contract;

import com.voicepact.domain.StateConflictException;

/** An action the contract's current state does not allow; never a silent no-op. */
public final class IllegalTransitionException extends StateConflictException {

    private final ContractStatus status;

    public IllegalTransitionException(ContractId id, ContractStatus status, String reason) {
        super("contract " + id + " is " + status + ": " + reason);
        this.status = status;
    }

    public ContractStatus status() {
        return status;
    }
}
