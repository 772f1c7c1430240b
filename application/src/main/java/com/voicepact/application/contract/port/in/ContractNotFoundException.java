package com.voicepact.application.contract.port.in;

import com.voicepact.application.shared.port.in.NotFoundException;
import com.voicepact.domain.contract.ContractId;

public final class ContractNotFoundException extends NotFoundException {

    public ContractNotFoundException(ContractId id) {
        super("contract " + id + " does not exist");
    }
}
