package com.voicepact.application.contract.port.out;

import com.voicepact.domain.contract.ContractId;

/** Hands out contract ids from a deployment-wide sequence; never the same number twice. */
public interface ContractIdPort {

    ContractId nextContractId(int year);
}
