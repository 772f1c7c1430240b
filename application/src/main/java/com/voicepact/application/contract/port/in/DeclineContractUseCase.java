package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.Contract;

public interface DeclineContractUseCase {

    /** Records the party's NO, which cancels the pending contract. */
    Contract decline(ContractDecisionCommand command);
}
