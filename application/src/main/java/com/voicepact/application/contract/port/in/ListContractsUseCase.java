package com.voicepact.application.contract.port.in;

import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;

public interface ListContractsUseCase {

    /** A page of contracts, newest first, with the true total. */
    ContractPage list(ContractSearch search);
}
