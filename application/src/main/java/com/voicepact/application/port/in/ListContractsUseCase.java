package com.voicepact.application.port.in;

import com.voicepact.application.port.out.ContractPage;
import com.voicepact.application.port.out.ContractSearch;

public interface ListContractsUseCase {

    /** A page of contracts, newest first, with the true total. */
    ContractPage list(ContractSearch search);
}
