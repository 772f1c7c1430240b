package com.voicepact.application.contract.port.shared;

import com.voicepact.domain.contract.Contract;
import java.util.List;

/** One page of a search, with the true total of matches. */
public record ContractPage(List<Contract> contracts, long total, int limit, int offset) {

    public ContractPage {
        contracts = List.copyOf(contracts);
    }
}
