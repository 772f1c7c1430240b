package com.voicepact.domain.contract;

import com.voicepact.domain.StateConflictException;

/** An action the contract's current state does not allow; never a silent no-op. */
public final class IllegalTransitionException extends StateConflictException {

    private final ContractStatus status;

    public IllegalTransitionException(ContractId id, ContractStatus status, String reason) {
        super("contract " + id + " is " + status + ": " + reason);
        this.status = status;
    }

    private IllegalTransitionException(ContractStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** A refusal worded whole by the caller, in the user's terms, without the internal state name. */
    public static IllegalTransitionException worded(ContractStatus status, String message) {
        return new IllegalTransitionException(status, message);
    }

    public ContractStatus status() {
        return status;
    }
}
