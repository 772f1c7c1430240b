package com.voicepact.application.port.in;

import com.voicepact.domain.contract.ContractId;

public final class ContractNotFoundException extends NotFoundException {

    public ContractNotFoundException(ContractId id) {
        super("contract " + id + " does not exist");
    }
}
