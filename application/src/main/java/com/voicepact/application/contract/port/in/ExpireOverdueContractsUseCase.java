package com.voicepact.application.contract.port.in;

public interface ExpireOverdueContractsUseCase {

    /** Expires every PENDING contract whose confirmation window closed; returns how many. */
    int expireOverdue();
}
