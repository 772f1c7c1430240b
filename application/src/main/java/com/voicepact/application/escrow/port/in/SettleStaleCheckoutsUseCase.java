package com.voicepact.application.escrow.port.in;

public interface SettleStaleCheckoutsUseCase {

    /** Queries stale PENDING checkouts at the provider: LOCKED, FAILED or EXPIRED. Returns how many were settled. */
    int settleStaleCheckouts();
}
