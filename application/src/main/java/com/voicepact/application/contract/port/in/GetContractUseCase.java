package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;

public interface GetContractUseCase {

    /** @throws ContractNotFoundException when no contract has this id */
    Contract get(ContractId id);
}
