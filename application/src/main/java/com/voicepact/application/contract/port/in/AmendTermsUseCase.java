package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.Contract;

public interface AmendTermsUseCase {

    /**
     * Sets one term of a pending contract to the party's value: a new version of the terms (new fingerprint, earlier
     * confirmations dropped, a fresh confirmation window), audited ({@code TERMS_AMENDED}), and every party is sent the
     * new summary saying what changed and who changed it.
     *
     * @return the contract as saved
     * @throws ContractNotFoundException when there is no such contract
     * @throws com.voicepact.domain.contract.PartyNotEntitledException when the phone is no party to it
     * @throws com.voicepact.domain.contract.IllegalTransitionException when it is not pending or its window closed
     * @throws com.voicepact.domain.contract.UnchangedTermsException when the term already has that value
     * @throws com.voicepact.domain.InvalidValueException when the value does not fit the contract (decimals, currency, a
     *     delivery date in the past or more than 5 years ahead)
     */
    Contract amendTerms(AmendTermsCommand command);
}
