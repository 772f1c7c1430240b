package com.voicepact.application.fakes;

import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.domain.contract.ContractId;
import java.util.concurrent.atomic.AtomicLong;

public final class SequenceContractIds implements ContractIdPort {

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public ContractId nextContractId(int year) {
        return ContractId.of(year, sequence.incrementAndGet());
    }
}
