package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.contract.Contract;

public interface RaiseDisputeUseCase {

    Contract raiseDispute(DisputeCommand command);
}
