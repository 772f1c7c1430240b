package com.voicepact.application.port.in;

import com.voicepact.application.port.shared.ContractPage;
import com.voicepact.application.port.shared.ContractSearch;

public interface ListContractsUseCase {

    /** A page of contracts, newest first, with the true total. */
    ContractPage list(ContractSearch search);
}
