package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.Contract;

public interface CreateContractUseCase {

    /** Creates a PENDING contract that every party must confirm. */
    Contract create(CreateContractCommand command);
}
