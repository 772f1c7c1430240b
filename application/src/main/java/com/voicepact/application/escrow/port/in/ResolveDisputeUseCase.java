package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.contract.Contract;

public interface ResolveDisputeUseCase {

    /** Records the operator's decision and starts the payouts it implies. */
    Contract resolveDispute(ResolveDisputeCommand command);
}
