package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.ContractId;

/** What happened to one contract, for an operator: the console's timeline. */
public interface GetContractTimelineUseCase {

    /**
     * The contract's history oldest first: its creation, each party's decision, changes of the terms, delivery,
     * acceptance, disputes and their resolution, every payment and payout with its state, every SMS sent about it with
     * its delivery status, and every audit entry about the contract or one of its payments.
     *
     * @throws ContractNotFoundException when no contract has this id
     */
    ContractHistory timeline(ContractId id);
}
