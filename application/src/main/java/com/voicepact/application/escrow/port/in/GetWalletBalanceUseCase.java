package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.common.Money;

public interface GetWalletBalanceUseCase {

    /** The balance of our wallet at the provider. */
    Money walletBalance();
}
