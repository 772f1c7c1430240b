package com.voicepact.application.contract.service;

import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.in.GetContractUseCase;
import com.voicepact.application.contract.port.in.ListContractsUseCase;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;

public final class ContractQueryService implements GetContractUseCase, ListContractsUseCase {

    private final Contracts contracts;

    public ContractQueryService(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public Contract get(ContractId id) {
        return contracts.findById(id).orElseThrow(() -> new ContractNotFoundException(id));
    }

    @Override
    public ContractPage list(ContractSearch search) {
        return contracts.search(search);
    }
}
