package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.Contract;

public interface ConfirmContractUseCase {

    /** Records the party's YES; the contract becomes CONFIRMED when every party said YES. */
    Contract confirm(ContractDecisionCommand command);
}
