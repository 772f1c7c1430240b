package com.voicepact.domain.contract;

import com.voicepact.domain.StateConflictException;

/**
 * A YES on terms that changed after the party saw them ({@link CurrentTermsPolicy}): nothing is recorded; the party is
 * shown the new terms and may confirm those.
 */
public final class TermsChangedException extends StateConflictException {

    private final ContractId contract;

    public TermsChangedException(ContractId contract, String why) {
        super("the terms of " + contract.value() + " changed: this YES was " + why);
        this.contract = contract;
    }

    public ContractId contract() {
        return contract;
    }
}
